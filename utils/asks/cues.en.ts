import { GAP, type CueSpec } from './cueTypes';

// English cues. Each is a phrasing people use, never a sentence lifted from one message.
// Matched on folded text: lower-case, no accents, typographic quotes folded to ' and ".

const ROLE = String.raw`(?:role|position|job|opening|vacanc(?:y|ies)|internship|opportunit(?:y|ies)|req)`;
/** A conversation that already happened ("our chat", "that great call"): not a request for one. */
const PAST_EN = String.raw`\b(?:our|the|that|this|last|yesterday's|today's)(?: \S+)? $`;
const TIME_ASK = String.raw`(?:chat|call|conversation|coffee|meeting|zoom|phone call|video call|catch[- ]?up|meet(?:ing)? up|lunch)`;

export const EN_CUES: readonly CueSpec[] = [
  // ── job: asking for a position, an interview, or consideration of an application ───────────
  { kind: 'ask', ask: 'job', re: String.raw`\b(?:follow(?:ing)?[- ]?up|check(?:ing)?[- ]in|touch(?:ing)? base|circl(?:e|ing) back)\b ${GAP(2)}(?:on|about|regarding|re:?|with) (?:my|the status of my) (?:job )?(?:application|candidacy)\b` },
  { kind: 'ask', ask: 'job', re: String.raw`\b(?:status|update|news|decision)s? (?:on|of|about|regarding) my (?:job )?(?:application|candidacy)\b` },
  { kind: 'ask', ask: 'job', re: String.raw`\bconsider(?:ing)? (?:me|my (?:application|candidacy|resume|cv|profile))\b|\bbe considered\b|\b(?:sent|submitted|put in) my (?:job )?(?:application|candidacy)\b|\bmy (?:job )?application (?:for|to)\b` },
  { kind: 'ask', ask: 'job', re: String.raw`\bkeep me in mind\b|\b(?:if|when|should) (?:anything|something|a (?:role|position|spot|seat)) (?:opens up|comes up|becomes available)\b` },
  // Asking for the job itself: "a position for me", "could you take me on".
  { kind: 'ask', ask: 'job', re: String.raw`\b(?:a|an|any|some) (?:open )?${ROLE} (?:for me|i could (?:fill|take|apply for))\b|\b(?:take|bring) me on(?: board)?\b|\b(?:hire|employ|recruit) me\b|\bgive me (?:a|the) (?:job|position|role|chance to join)\b` },
  { kind: 'ask', ask: 'job', frame: 'question', re: String.raw`\b(?:are|is) (?:you|you guys|(?:your |the )?\S+) (?:currently |still |by any chance |also )?hiring\b` },
  { kind: 'ask', ask: 'job', frame: 'ask', re: String.raw`\b(?:any|some) (?:open |current |available |upcoming )?(?:openings?|vacanc(?:y|ies)|open (?:positions?|roles?|reqs?)|(?:positions?|roles?) (?:open|available))\b` },
  { kind: 'ask', ask: 'job', frame: 'ask', re: String.raw`\b(?:hire me|hiring me|take me on|bring me on(?:board)?)\b` },
  { kind: 'ask', ask: 'job', frame: 'ask', re: String.raw`\b(?:schedule|arrange|set up|book|have|get|land) (?:an? |the )?(?:job |first[- ]round )?interview\b|\b(?:available|availability) for (?:an? )?(?:job )?interview\b` },
  { kind: 'ask', ask: 'job', re: String.raw`\b(?:express|expressing|to express) (?:my )?(?:strong |keen |sincere )?interest in (?:the |your |joining )?${GAP(4)}(?:role|position|opening|vacancy|internship|job|team)\b|\bi(?:'m| am) writing to apply\b|\b(?:welcome|appreciate|love) (?:the|an) (?:opportunity|chance) to interview\b` },
  { kind: 'ask', ask: 'job', frame: 'question', re: String.raw`\b(?:open|opening|hire|hiring|recruit|recruiting|add|adding) (?:for )?(?:any|some|new|more|additional) ${GAP(2)}(?:roles?|positions?|people|engineers|developers|analysts|designers|interns|headcount|seats?)\b` },
  { kind: 'ask', ask: 'job', frame: 'question', re: String.raw`\b(?:taking on|bringing on|onboarding|looking for|recruiting|hiring) (?:any |some |more |new |a |an |another |part[- ]time |full[- ]time |junior |senior )*(?:new )?(?:grads?|graduates|interns?|juniors?|seniors?|people|staff|engineers?|developers?|devs?|designers?|analysts?|freelancers?|contractors?|hires?|talent|\S+(?:er|or|ist|ant|ent)s?)\b|\b(?:your|ur) (?:team|company|startup|studio|agency|firm) (?:needs?|could use|is looking for) (?:a|an|another|any|some|more)\b` },
  { kind: 'ask', ask: 'job', needs: 'job-target', re: String.raw`\b(?:check(?:ing)? (?:in )?(?:on|whether|if)|follow(?:ing)? up on|any (?:news|update)s? on|hear(?:ing)? back (?:on|about))\b ${GAP(6)}(?:decision|status|next steps|timeline|my (?:application|candidacy|interview))\b` },
  // A conversation about a specific role is about getting it, so it explains the call away.
  { kind: 'ask', ask: 'job', absorbs: ['meeting', 'advice'], re: String.raw`\b(?:chat|talk|speak|discuss|conversation|call|learn more|hear more)\b ${GAP(3)}(?:about|regarding|on) (?:joining (?:the|your) team|(?:the|this|that) (?:open )?(?:role|position|opening|vacancy|job)\b|what you(?:'re| are) looking for)` },
  { kind: 'ask', ask: 'job', also: 'advice', re: String.raw`\b(?:chat|talk|speak|discuss|conversation|call)\b ${GAP(3)}(?:about|regarding|on) (?:any )?(?:job |career |work |employment |potential |open )?opportunities\b` },
  { kind: 'ask', ask: 'job', re: String.raw`\b(?:ask|asking|request|requesting|beg|begging) (?:you )?(?:for )?(?:a|an|any) ${GAP(1)}(?:job|role|position|job offer|offer|internship)\b` },
  // Asking the recipient to pass on job leads is a job ask and an introduction (corpus README §2).
  { kind: 'ask', ask: 'job', also: 'intro', re: String.raw`\bif you (?:ever )?(?:hear|know|come across) (?:of|about)? ?(?:any |an? )?${GAP(2)}(?:openings?|roles?|positions?|jobs?|opportunit(?:y|ies)|vacanc(?:y|ies))\b` },
  // ("if you hear of anyone looking for a designer").
  { kind: 'ask', ask: 'job', re: String.raw`\b(?:know|hear) (?:of )?(?:anyone|anybody|someone|somebody|a company|any companies|any teams?) ${GAP(2)}(?:who(?:'s| is| are)?|that(?:'s| is| are)?) (?:hiring|looking for (?:an?|some) \S+)` },
  { kind: 'weak', ask: 'job', context: 'job-target', re: String.raw`\b(?:noticed|saw|seen|came across|found|spotted|read) (?:that )?(?:the |your |an? |this |one of your )?${GAP(4)}(?:opening|position|role|job (?:post(?:ing)?|ad|offer|listing)|vacancy|internship)\b` },
  { kind: 'weak', ask: 'job', context: 'job-target', re: String.raw`\b(?:is|are|you're|team's) (?:currently |actively )?hiring (?:for|a|an)\b` },
  { kind: 'weak', ask: 'job', context: 'job-target', re: String.raw`\b(?:good|great|strong|right|perfect|natural|real) fit (?:for (?:the|this|your)|here|at)\b|\bperfect match\b|\baligns? (?:directly |well |closely )?with (?:the|this|your) (?:job description|role|position|requirements)\b` },
  { kind: 'weak', ask: 'job', context: 'job-target', re: String.raw`\b(?:opportunity|chance) to (?:join|work (?:at|for|with)|contribute to|be part of) (?:your|the|\S+)\b|\b(?:join|joining) (?:your|the) team\b|\bcontribut(?:e|ing) to (?:your|the) (?:team|company|mission|success)\b|\bhow (?:i|my \S+) (?:can|could|might|would) (?:contribute|add value|help your team)\b` },
  { kind: 'weak', ask: 'job', context: 'job-target', re: String.raw`\b(?:attached|enclosed) (?:is |are |please find |you'll find )?my (?:resume|cv|portfolio)\b|\bmy (?:resume|cv) is (?:attached|enclosed|below)\b|\b(?:i(?:'ve| have) )?attached my (?:resume|cv)\b|\bsend (?:you |over )?my (?:resume|cv)\b|\bplease find (?:attached )?my (?:resume|cv)\b|\b(?:love|like|plan|hoping) to apply\b|\bapplied (?:for|to) (?:the|this|your|a|an)\b|\binterviewed (?:for|with)\b|\bsend (?:you |over )?my portfolio\b` },
  { kind: 'weak', ask: 'job', context: 'job-seeking', notAfter: String.raw`\b(?:you|they|we)(?:'re| are) $`, re: String.raw`\b(?:looking for|seeking|searching for|on the hunt for|in the market for) (?:a |an |my (?:next|first) |new |the next |full[- ]time |part[- ]time )?${GAP(2)}${ROLE}\b|\blooking for something (?:full[- ]time|part[- ]time|new|permanent)\b` },
  { kind: 'weak', ask: 'job', context: 'job-seeking', re: String.raw`\b(?:i(?:'m| am) )?(?:currently |actively )?(?:job[- ]hunting|job[- ]searching|between jobs|open to work|in (?:a|my) job search)\b` },

  // ── referral: being referred or recommended internally ─────────────────────────────────────
  { kind: 'ask', ask: 'referral', absorbs: ['job'], re: String.raw`\brefer(?:ring)? me\b(?: (?:for|to|at|into) ${GAP(4)}(?:openings?|roles?|positions?|jobs?|vacanc(?:y|ies)|internships?|reqs?|team)\b)?|\brefer my (?:profile|resume|cv|application)\b` },
  { kind: 'ask', ask: 'referral', absorbs: ['job'], frame: 'you', re: String.raw`\b(?:a|an|your|internal|employee) referral\b` },
  { kind: 'ask', ask: 'referral', absorbs: ['job'], re: String.raw`\bput (?:in )?a (?:good )?word (?:in )?(?:for me)?\b|\bput my name (?:forward|in)\b` },
  { kind: 'ask', ask: 'referral', absorbs: ['job'], re: String.raw`\b(?:pass(?:ing)?|forward(?:ing)?|send(?:ing)?|submit(?:ting)?|shar(?:e|ing)|hand(?:ing)?|flag(?:ging)?|mention(?:ing)?|highlight(?:ing)?|put(?:ting)?) (?:along |on |forward )?(?:my (?:resume|cv|profile|name|application)|me) (?:along |forward )?(?:to|with) (?:your|the) (?:recruit\w*|hiring (?:manager|team)|hr|talent(?: team)?|people team|team lead|manager|person (?:hiring|in charge))\b` },
  { kind: 'ask', ask: 'referral', absorbs: ['job'], re: String.raw`\brecommend(?:ing)? me (?:for|to) (?:the |this |a |an |your |that )?${GAP(2)}(?:role|position|job|opening|team|hiring|recruit\w*)\b` },

  // ── advice: time, opinion, feedback, information ───────────────────────────────────────────
  { kind: 'ask', ask: 'advice', explicit: true, frame: 'ask', re: String.raw`\b(?:any|your|some|a (?:bit|little) of|for) (?:advice|tips|guidance|pointers|mentorship)\b|\bwhat advice\b|\b(?:advice|suggestions) (?:on|about|for|regarding)\b` },
  { kind: 'ask', ask: 'advice', explicit: true, frame: 'ask', re: String.raw`\byour (?:perspective|thoughts|opinion|feedback|take|insights?|input|views?|two cents|expertise|experience)\b|\bhow you (?:see|view|think about)\b` },
  { kind: 'ask', ask: 'advice', explicit: true, frame: 'ask', re: String.raw`\b(?:learn|hear|know|find out|understand) (?:a (?:bit|little) )?more (?:about|from)\b|\b(?<!keep )(?<!continue )learn(?:ing)? from you\b|\b(?:know|understand|learn|hear) how (?:you|your)\b|\b(?:hear|learn) (?:about|how) (?:your|you)\b` },
  { kind: 'ask', ask: 'advice', explicit: true, frame: 'ask', re: String.raw`\b(?:mind|willing to|open to|happy to) shar(?:e|ing) (?:how|what|why|your|a bit|a few|some)\b|\bshar(?:e|ing) (?:how|what|why) you\b|\bhow you (?:landed|got|broke|became|made|started|found|prepared|switched|transitioned|moved|built|chose)\b|\b(?:recommend|suggest) (?:a|any|some|a few|a good|good) (?!(?:couple of |few )?(?:people|persons?|contacts?|names?|someone|anyone|folks|one)\b)\S+` },
  // Curiosity about them is a question even without a question mark.
  { kind: 'ask', ask: 'advice', explicit: true, re: String.raw`\bcurious (?:to (?:hear|know|learn|understand) )?(?:what|how|why|whether)\b(?! (?:things|it|life|everything|you)(?:'s|'re| is| are| have| has)? ?(?:going|been|doing))` },
  { kind: 'ask', ask: 'advice', explicit: true, re: String.raw`\bpick your brain\b|\brun (?:a few |some |a couple of |my )?(?:questions|ideas?|thoughts) (?:by|past) you\b|\bask you (?:a few|some|a couple of|one|two|three|a) (?:quick )?questions?\b` },
  { kind: 'ask', ask: 'advice', explicit: true, absorbs: ['job'], frame: 'ask', re: String.raw`\b(?:review|look (?:at|over)|take a (?:quick )?look at|glance (?:at|over)|feedback on|critique|proofread) (?:my|our) (?:resume|cv|portfolio|profile|linkedin|cover letter|application|pitch|deck|plan)\b` },
  { kind: 'ask', ask: 'advice', explicit: true, absorbs: ['job'], frame: 'ask', re: String.raw`\binformational (?:interview|chat|call|meeting|conversation)\b|\bcareer (?:chat|conversation|advice)\b` },
  { kind: 'ask', ask: 'advice', explicit: true, frame: 'question', re: String.raw`\bhow (?:did|do|would) you (?:get|break|land|become|start|prepare|transition|decide|approach|go about|handle|find)\b|\bwhat would you (?:recommend|suggest|do)\b|\bwhat (?:do|did) you (?:think|wish|look for|recommend)\b|\bdo you have any (?:tips|advice|suggestions)\b` },

  // ── requests for time: their purpose depends on the message ────────────────────────────────
  { kind: 'meeting', frame: 'ask', notAfter: PAST_EN, re: String.raw`\b${TIME_ASK}\b|\b(?:grab|get|buy you|have) (?:a )?(?:coffee|lunch|drink|virtual coffee)\b` },
  { kind: 'time', frame: 'ask', re: String.raw`\b(?:\d+|a few|few|a couple(?: of)?|five|ten|fifteen|twenty|thirty)(?:[- ]\d+)?[- ]?(?:min(?:ute)?s?)\b|\b(?:some|any|a bit of) (?:of your )?time\b` },
  { kind: 'meeting', re: String.raw`\bworth (?:a|an) (?:\S+ ){0,3}(?:call|chat|conversation|look|meeting)\b` },

  // ── intro: being put in touch with a third party ───────────────────────────────────────────
  { kind: 'ask', ask: 'intro', absorbs: ['meeting', 'advice'], notAfter: String.raw`\bfor (?:having )?$`, re: String.raw`\b(?:introduc(?:e|ing)|connect(?:ing)?|put(?:ting)?) me (?:in touch )?(?:to|with)\b|\bintroduc(?:e|ing) (?:me|us|the two of us)\b|\bintro me\b` },
  { kind: 'ask', ask: 'intro', absorbs: ['meeting'], frame: 'ask', re: String.raw`\b(?:make|making|do|doing|set up) (?:an |the |a (?:quick |brief |warm )?)?intro(?:duction)?s?\b|\b(?:enough|able|willing|happy) to intro(?:duce)?\b|\ba (?:warm|quick) intro(?:duction)?\b` },
  { kind: 'ask', ask: 'intro', absorbs: ['meeting', 'advice'], frame: 'ask', re: String.raw`\b(?:anyone|anybody|someone|somebody|people|person|others?|folks|contacts?|names?)\b ${GAP(5)}(?:that )?(?:i|we) (?:(?:should|could|might|ought to|can|may) )?(?:talk|speak|reach out|connect|contact|meet|get in touch|chat)\b` },
  { kind: 'ask', ask: 'intro', absorbs: ['advice'], frame: 'ask', re: String.raw`\b(?:do|would|might) you (?:happen to )?know (?:of )?(?:anyone|anybody|someone|somebody|any(?:one)? (?:\S+ ){0,2}(?:who|that|at|in)|people|a few people|the right person)\b|\bif you (?:happen to )?know (?:of )?(?:anyone|anybody|someone|somebody|people)\b|\b(?:do|would|might) you (?:happen to )?know who(?:'s| is)? (?:handles|runs|leads|owns|manages|looks after|is in charge of|in charge of|responsible for|the right)\b` },
  { kind: 'ask', ask: 'intro', re: String.raw`\b(?:point(?:ing)?|direct(?:ing)?|steer(?:ing)?|refer(?:ring)?) (?:me|us) (?:to|toward|towards|in the direction of) (?:someone|somebody|anyone|the right|a (?:colleague|contact|person))\b` },
  { kind: 'ask', ask: 'intro', frame: 'ask', re: String.raw`\bloop in (?:someone|somebody|a colleague|the right)\b|\b(?:get|put me) in touch with (?:the (?:right|correct|best) person|someone|somebody|him|her|them)\b|\b(?:are you|is there) (?:the|a) (?:right|best|correct) (?:person|contact)\b` },
  { kind: 'ask', ask: 'intro', absorbs: ['meeting'], re: String.raw`\b(?:set up|arrange|organi[sz]e|schedule) (?:a |an )?(?:quick |brief |short )?(?:chat|call|meeting|introduction|conversation) with (?:the|your|their) (?:team'?s? )?(?:recruit\w*|hiring manager|manager|team lead|ceo|founder|cto|head)\b` },
  { kind: 'ask', ask: 'intro', frame: 'ask', re: String.raw`\b(?:speak|talk|chat) (?:with|to) (?:the|a) hiring manager\b|\b(?:forward|pass|send) (?:along )?my (?:note|message|email|request|intro) (?:along )?to (?:him|her|them)\b` },

  // ── business: selling, prospecting, partnering, raising ────────────────────────────────────
  { kind: 'ask', ask: 'business', absorbs: ['meeting', 'advice'], re: String.raw`\b(?:discuss|explore|show you|see|share) (?:a few |some )?(?:ways|how) (?:we|i|our \S+|this|my \S+) (?:can|could|might|may) (?:help|benefit|improve|save|grow|support|increase)\b|\b(?:discuss|explore|show you) (?:a few |some )?ways (?:you|your \S+) (?:can|could) (?:improve|grow|save|increase)\b` },
  { kind: 'ask', ask: 'business', frame: 'ask', re: String.raw`\b(?:a |quick |short |free )*(?:demo|trial|quote|proposal|pilot)\b(?! (?:day|project))|\bpartnership (?:opportunit(?:y|ies)|conversation|discussion)\b` },
  { kind: 'pitch', frame: 'you', re: String.raw`\byou (?:might|may|could|would) (?:be|find (?:it|this)) (?:interested|relevant|useful|helpful)\b|\bmight be (?:relevant|of interest|useful) (?:to|for) (?:you|what)\b` },
  { kind: 'context', context: 'seller', re: String.raw`\bwe(?:'ve| have)? (?:helped|help|work with|worked with|partner with|partnered with)\b|\bwe(?:'ve| have) (?:developed|built|launched)\b|\bwe (?:developed|built|launched) (?:a|an|our)\b|\bwe(?:'ve| have) been (?:building|helping|working with|developing)\b|\bwe(?:'re| are) (?:building|expanding|doing (?:some )?work|currently working with|helping|launching|raising)\b` },
  { kind: 'context', context: 'seller', re: String.raw`\bour (?:product|platform|tool|solution|services?|software|app|agency|clients?|customers?|partners?|offer(?:ing)?|pricing|technology|studio|firm)\b|\bmy (?:services|agency|consulting|freelance|clients)\b` },
  { kind: 'context', context: 'seller', re: String.raw`\b(?:a )?business i(?:'m| am) (?:starting|launching|building)\b|\b(?:pre-?seed|seed round|series [a-c] round|raising \$|investors?|(?:a |potential )partnership|partnership opportunit(?:y|ies)|partner ecosystem|case stud(?:y|ies)|free audit|audit of|roi|pricing)\b` },
  { kind: 'context', context: 'seller', re: String.raw`\b(?:generate|get|win|bring in) more (?:clients|customers|leads|sales|bookings|revenue)\b|\b(?:increase|boost|double|triple|reduce|cut) (?:your |their )?(?:\S+ ){0,2}(?:sales|revenue|bookings|leads|costs?|tickets|churn|conversion)\b` },
  { kind: 'ask', ask: 'business', re: String.raw`\bif (?:you|anyone|someone|your team|a friend)\b ${GAP(6)}(?:needs?|is looking for|are looking for) (?:an?|some) (?!hand\b|favou?r\b)\S+ ${GAP(2)}(?:let me know|reach out|get in touch|i(?:'d| would) (?:love|be happy))` },

  { kind: 'ask', ask: 'business', needs: 'seller', frame: 'ask', re: String.raw`\bif (?:you|your (?:team|company)|anyone)\b ${GAP(3)}(?:ever )?needs? (?:help|support|a hand|someone) (?:with|for|on)\b|\boffer(?:ing)? (?:you )?(?:my|our) services\b` },
  { kind: 'context', context: 'seller', re: String.raw`\bwe(?:'re| are) an? ${GAP(2)}(?:studio|agency|consultancy|firm|startup|company|team|collective|shop|vendor|provider) (?:that|making|building|helping|specializing|specialising|based|focused)\b` },
  { kind: 'context', context: 'seller', re: String.raw`\bi (?:run|own|lead|founded|co-founded|started) (?:a|an|my) (?:small |boutique |tiny )?(?:agency|studio|consultancy|firm|shop|business|startup)\b|\bi(?:'m| am) an? (?:freelance|independent|self-employed)\b|\bfreelancer\b|\b(?:my|our) (?:rates|day rate|pricing)\b|\bsamples of my work\b|\bsome samples and\b` },

  // ── endorsement: vouching for the sender ───────────────────────────────────────────────────
  { kind: 'ask', ask: 'endorsement', absorbs: ['meeting'], frame: 'ask', re: String.raw`\b(?:writ(?:e|ing)|giv(?:e|ing)|leav(?:e|ing)|provid(?:e|ing)|shar(?:e|ing)|post(?:ing)?) (?:me )?(?:a |an |one |your )?(?:brief |short |quick |few (?:words|sentences) (?:of )?)?(?:linkedin )?(?:recommendation|testimonial|reference letter|letter of recommendation)\b` },
  { kind: 'ask', ask: 'endorsement', frame: 'ask', re: String.raw`\b(?:write|say|share|leave) (?:me )?(?:a few (?:lines|words|sentences)|a couple of (?:lines|sentences)|something|a (?:short |quick )?note)\b ${GAP(6)}(?:linkedin|my profile|my work)\b` },
  { kind: 'ask', ask: 'endorsement', frame: 'ask', re: String.raw`\b(?:linkedin )?recommendation (?:from you|for me|on (?:my )?linkedin)\b|\brecommendation (?:of|about|for|on) my work\b|\blinkedin recommendation\b` },
  { kind: 'ask', ask: 'endorsement', absorbs: ['referral'], frame: 'ask', re: String.raw`\bas (?:a|my|one of my) (?:professional )?(?:references?|referees?)\b` },
  { kind: 'ask', ask: 'endorsement', absorbs: ['referral'], re: String.raw`\b(?:serve|serving|act|acting|be|being) (?:as )?(?:a|my|one of my) (?:professional |personal )?(?:references?|referees?|recommenders?)\b|\b(?:write|writing) (?:me )?(?:a |an )?(?:short |brief )?(?:letter|note) ${GAP(2)}(?:on my behalf|for me|of (?:recommendation|reference|support))\b|\bvouch for me as\b|\bvouch for me\b|\bendorse me\b|\b(?:a|your) testimonial\b` },
  { kind: 'recommendation', frame: 'ask', re: String.raw`\brecommend(?:ing)? me\b|\b(?:a|your) recommendation\b` },

  // ── update: thanks, news, shared content, results ──────────────────────────────────────────
  { kind: 'ask', ask: 'update', re: String.raw`\bthank(?:s| you)(?: so much| very much| again| a lot| once again)* (?:for|to you)\b(?! (?:your |my |the )?(?:considering|consideration|reading|attention|connecting(?! (?:me|us)\b)|accepting|connection|add|in advance|any help|help in advance|time\b(?! (?:today|yesterday|last|this|earlier))|taking the time to (?:read|consider|look)))` },
  { kind: 'ask', ask: 'update', re: String.raw`\bthank(?:s| you)(?: so much)? again\b(?! for (?:considering|your consideration|reading))` },
  { kind: 'ask', ask: 'update', re: String.raw`\bi (?:just )?wanted to (?:say (?:a (?:big |quick )?)?thank|thank you|let you know (?:that|how|i|we)|share (?:some|the|a|my) (?:news|update)|give you (?:a|an) (?:quick )?update|update you|recogni[sz]e you)\b|\b(?:a )?(?:quick|small|short|little) update\b|\bgood news\b` },
  { kind: 'ask', ask: 'update', re: String.raw`\bi (?:just )?endorsed you\b|\bendorsed you for\b|\bi (?:just )?(?:wrote|left) (?:you )?a recommendation\b` },
  { kind: 'weak', ask: 'update', re: String.raw`\b(?:thought|think) (?:of you|you(?:'d| would| might| may)? (?:like|enjoy|find|appreciate|be interested))\b` },
  { kind: 'ask', ask: 'update', re: String.raw`\bhere(?:'s| is) (?:a|an|the|my) ${GAP(2)}(?:article|link|case study|post|video|report|resource|paper|guide|podcast|write-?up)\b` },
  { kind: 'ask', ask: 'update', re: String.raw`\b(?:i|we) (?:got|landed|accepted|received|signed|closed) (?:the|an|a|my|our) (?:offer|job|role|position|contract|deal|internship)\b|\bi(?:'ll| will) (?:let you know how|keep you (?:posted|updated|in the loop))\b` },
  { kind: 'ask', ask: 'update', re: String.raw`\b(?:followed|took|applied|acted on|used) your (?:advice|suggestion|recommendation|tip)\b|\byour (?:advice|suggestion|insights?|tips?|help|introduction) (?:was|were|has been|have been|made|really)\b|\bit was (?:such |so |really )?(?:a pleasure|great|nice|wonderful|lovely|helpful) (?:speaking|talking|chatting)\b` },

  { kind: 'weak', ask: 'update', re: String.raw`\b(?:it|that|this|you|your \S+) (?:really |truly |so )?helped (?:me|a lot|enormously)\b` },

  // ── contexts that change what a request for time is for ────────────────────────────────────
  { kind: 'context', context: 'decline', re: String.raw`\bi(?:'ll| will| must| have to|'m going to)? (?:decline|pass on)\b|\bnot (?:accepting|able to accept) (?:your|the|this) (?:invitation|request)\b` },
  { kind: 'context', context: 'catch-up', re: String.raw`\bno agenda\b|\bnothing specific\b|\b(?:just )?(?:to )?catch[- ]up\b|\bjust (?:curious|wanted to see) how (?:things|you)\b` },
];
