// Loaded beside Relais in the end-to-end tests. The test calls these from this worker with
// Relais' id: a message or a port to another extension reaches only its onMessageExternal /
// onConnectExternal, which Relais does not listen to.
self.sendToRelais = (relaisId, message) =>
  new Promise((resolve) => {
    try {
      chrome.runtime.sendMessage(relaisId, message, (response) => {
        const error = chrome.runtime.lastError ? chrome.runtime.lastError.message : undefined;
        resolve({ response, error });
      });
    } catch (e) {
      resolve({ error: `threw: ${e && e.message}` });
    }
  });

self.connectToRelais = (relaisId, message) =>
  new Promise((resolve) => {
    try {
      const port = chrome.runtime.connect(relaisId, { name: 'capture' });
      let answered;
      port.onMessage.addListener((m) => (answered = m));
      port.onDisconnect.addListener(() => resolve({ answered, error: chrome.runtime.lastError ? chrome.runtime.lastError.message : 'disconnected' }));
      port.postMessage(message);
      setTimeout(() => resolve({ answered, error: 'still open after 2 s' }), 2000);
    } catch (e) {
      resolve({ error: `threw: ${e && e.message}` });
    }
  });
