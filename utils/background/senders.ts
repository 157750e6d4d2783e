/** The parts of runtime.MessageSender that the background looks at. */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
  frameId?: number;
}

export const SUPPORTED_ORIGINS = ['https://www.linkedin.com'] as const;

function isSupportedSiteUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    return (SUPPORTED_ORIGINS as readonly string[]).includes(new URL(url).origin);
  } catch {
    return false;
  }
}

/**
 * A content-script message is accepted only from this extension's own content script running in a
 * tab of a supported site. Web pages cannot reach runtime.onMessage (no externally_connectable), but
 * another extension's message or an extension page pretending to be a content script must not write.
 */
export function checkContentSender(sender: SenderInfo | undefined, runtimeId: string): { ok: true; tabId: number } | { ok: false; error: string } {
  if (!sender || sender.id !== runtimeId) return { ok: false, error: 'sender is not this extension' };
  if (!sender.tab || typeof sender.tab.id !== 'number') return { ok: false, error: 'sender is not a content script' };
  if (!isSupportedSiteUrl(sender.url ?? sender.tab.url)) return { ok: false, error: 'sender is not on a supported site' };
  return { ok: true, tabId: sender.tab.id };
}

/** Messages from the extension's own pages (popup, side panel, options, dashboard). */
export function checkPageSender(sender: SenderInfo | undefined, runtimeId: string, extensionOrigin: string): { ok: true } | { ok: false; error: string } {
  if (!sender || sender.id !== runtimeId) return { ok: false, error: 'sender is not this extension' };
  if (sender.tab && !sender.url?.startsWith(extensionOrigin)) return { ok: false, error: 'sender is a content script' };
  if (sender.url && !sender.url.startsWith(extensionOrigin)) return { ok: false, error: 'sender is not an extension page' };
  return { ok: true };
}
