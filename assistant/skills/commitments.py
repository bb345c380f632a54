"""What separates a commitment from chatter, and what makes an item unsafe to file blindly.

Small, deterministic checks used by :mod:`cues` (selection) and :mod:`actions`
(safety):

* :func:`addresses_assistant`: a line written *to the assistant* ("ignore
  previous instructions", "SYSTEM:", "you are now…") is data, never an action
  item, and the result carries a warning about it;
* :func:`is_meeting_talk`: talk about the call itself ("I couldn't hear you",
  "can you share your screen");
* :func:`is_refusal`: a reply that turns a request down ("No, absolutely not");
* :func:`negated`: "I will not send…" is a promise *not* to act;
* :func:`reported`: "Dave said 'I'll…'" is not the speaker's commitment;
* :func:`review_reason`: items that move money, share credentials or send data
  outside get ``needs_review`` with this reason.
"""

from __future__ import annotations

import re
from functools import lru_cache

_INJECTION = re.compile(
    r"\b(?:ignore|disregard|forget|override)\s+(?:all\s+|any\s+|the\s+|your\s+)?"
    r"(?:previous|prior|above|earlier|preceding|former|other)?\s*(?:instructions?|prompts?|rules|directions)\b|"
    r"^\W*(?:system|assistant|developer)\s*(?:prompt)?\s*[:>]|"
    r"\[\s*(?:system|inst)\s*\]|<\|?(?:system|im_start)\|?>|"
    r"\byou\s+are\s+now\b|\b(?:admin|developer|god|jailbreak|dan)\s+mode\b|"
    r"\bnew\s+instructions?\s*:|"
    r"\b(?:output|add|create|insert|generate|emit)\s+(?:an?\s+|the\s+following\s+)?(?:action\s+items?|to-?dos?|tasks?)\s*:|"
    r"\b(?:dear|hey|attention)\s+(?:ai|assistant|bot|daybreak|model)\b|"
    r"\b(?:mark|set)\s+(?:every|all)\s+(?:tasks?|to-?dos?|items?)\s+(?:as\s+)?(?:done|complete)|"
    r"\bdelete\s+(?:all|every)\s+(?:the\s+)?(?:to-?dos?|tasks?|notes?|items?)\b",
    re.I,
)


# The same sentence is asked about by the cues, the scorer's features and the veto: a
# small cache keeps each pattern to one pass over it (long crafted input: 3x the work).
@lru_cache(maxsize=1 << 15)
def addresses_assistant(text: str) -> bool:
    """Whether ``text`` reads as instructions to an AI assistant (prompt injection)."""
    return bool(_INJECTION.search(text))


_META = re.compile(
    # "let's meet again next Tuesday", "we'll talk again next week": the next call, not a task
    r"\b(?:let['’]?s|we(?:['’]ll|\s+will|\s+should|\s+can))\s+(?:meet|talk|speak|chat|reconvene|regroup|sync|catch\s+up)\s+"
    r"(?:again|next|(?:at\s+)?(?:the\s+)?same\s+time)\b|\bjoin\s+us\s+(?:again\s+)?(?:next\s+(?:time|week)|again)\b|"
    # IRC-scribed calls: the speaker queue ("please add yourself to the queue", "q+")
    r"\b(?:add\s+(?:yourself|yourselves|your\s+name)\s+to|get\s+on|join|jump\s+on)\s+the\s+(?:speaker\s+)?queue\b|"
    # The chair closing an item: "closing topic action item review"
    r"\bclos(?:e|ing)\s+(?:the\s+|this\s+)?(?:topic|item|agenda\s+item|queue)\b|"
    # Said now, in the meeting: "I will add on this, reason for…", "I'm going to argue the other side"
    r"\badd\s+(?:on|to)\s+(?:this|that)\s*[,:;-]|"
    r"\bargue\s+(?:at\s+it\s+|it\s+)?(?:from\s+)?the\s+other\s+side\b|\bplay\s+(?:the\s+)?devil['’]?s\s+advocate\b|"
    r"\b(?:can|could)\s+(?:you|everyone|everybody|people|y'?all)\s+(?:all\s+|guys\s+|folks\s+)?(?:hear|see)\s+(?:me|us|my|it|this|that|the)\b|"
    r"\b(?:can|could|couldn'?t|can'?t|didn'?t|did\s?n'?t)\s+(?:you\s+|i\s+)?(?:hear|see)\s+(?:you|me|that|it|what)\b|"
    r"\b(?:share|sharing|stop\s+sharing)\s+(?:my|your|the|his|her)\s+screen\b|"
    r"\b(?:you'?re|you\s+are|i'?m|i\s+am|he'?s|she'?s)\s+(?:on\s+)?mute[d]?\b|\b(?:un)?mute\s+(?:yourself|your\s+mic)|"
    # The room's own kit: "move the microphone closer to your face", "write on the big whiteboard"
    r"\b(?:move|adjust|put|leave|turn|switch|check|fix|clip|wear|hold|raise|lower|bring)\s+(?:your|my|the|his|her|this|that)\s+"
    r"(?:mic|mike|microphone|headset|headphones)\b|\b(?:write|draw)\s+(?:it\s+|this\s+|that\s+|them\s+)?on\s+(?:the\s+)?(?:on\s+the\s+)?(?:big\s+)?"
    r"(?:white\s*(?:board)?|board|flip\s*chart)\b|\b(?:use|try|using)\s+(?:the|this|that)\s+(?:big\s+)?white\s*board\b|"
    # ...and rubbing it out, writing "here", sitting up: "I'll rub the features", "rub off things"
    r"\brub\s+(?:off|out|away|the|it|this|that|those|these)\b|\b(?:wipe|erase|clean)\s+(?:off\s+)?(?:the\s+)?(?:white\s*)?board\b|"
    r"\bwrite\s+(?:it\s+|this\s+)?down\s+here\b|\bsit\s+(?:up\s+straight|down)\b(?!\s+with\b)|"
    r"\b(?:share|post|drop|put|paste)\s+(?:the\s+|a\s+|that\s+|this\s+)?links?\s+(?:here|in\s+(?:the\s+)?(?:zoom\s+)?chat)\b|"
    r"\b(?:next|previous|last)\s+slide\b|\bbreaking\s+up\b|\byou\s+froze\b|\bconnection\s+(?:is\s+)?(?:bad|dropped|lost)\b|"
    r"\b(?:drop|jump)\s+off\b|\b(?:join|rejoin|dial)\s+(?:in|back|the\s+call)\b|\bbad\s+(?:audio|connection)\b|"
    r"\b(?:take|taking)\s+(?:the\s+)?(?:notes|minutes)\b|\bscribe\b|\bread\s+(?:it|that)\s+out\b|"
    r"\brepeat\s+(?:that|the\s+question|yourself)\b|\b(?:say|said)\s+(?:that|it)\s+again\b|\bspeak\s+up\b|"
    r"\bpaste\s+(?:it|the\s+link)\s+in(?:to)?\s+(?:the\s+)?chat\b|\bin\s+(?:the\s+)?(?:zoom\s+)?chat\b|"
    r"\bagenda\s+for\s+(?:this|today['’]?s)\s+(?:meeting|call)\b|"
    r"\bintroduce\s+(?:yourself|myself|ourselves)\b|\bleave\s+(?:the\s+call|early)\b|\bstay\s+(?:through|until)\b|"
    r"\b(?:post|send\s+out|circulate)\s+(?:the\s+)?(?:meeting\s+)?(?:minutes|agenda)\b|"
    # "Okay, so I'll put all this in the minutes": the record of this call
    r"\b(?:put|write|note|add|record)\s+(?:all\s+(?:of\s+)?)?(?:this|that|it|these|those|everything)\s+(?:down\s+)?"
    r"in(?:to)?\s+(?:the\s+)?(?:minutes|meeting\s+notes|notes)\b|"
    r"\bdrop\s+(?:a|the)\s+link\b|\bkeep\s+(?:it|this)\s+(?:(?:very|really|super)[,\s]+)*(?:short|brief|quick)\b|"
    r"\b(?:on|for)\s+(?:this|the)\s+call\b|\bduring\s+the\s+call\b|\bnext\s+agenda\s+item\b|"
    # Asked to speak now, in the meeting: "does Parity want to add anything on that?",
    # "can you give us an update?" (but "give an update next call" is a task).
    r"\b(?:add|say|share|mention)\s+(?:anything|something|a\s+few\s+words|a\s+word)\b|"
    # ("read the draft and give me comments" is work on a text, not speaking now)
    r"\b(?:give|share|do)\s+(?!me\s+(?:some\s+|your\s+|any\s+)?comments\b)(?:us\s+|you\s+|everyone\s+)?(?:a\s+little\s+)?(?:[\w-]+\s+){0,3}?(?:updates?|overview|summary|rundown|recap|"
    # ("I will do the introduction and the method": a paper's section, not a round of names)
    r"intros?|introductions?(?!\s+(?:and|section|chapter|of\s+the\s+(?:paper|report|thesis|article|deliverable)))|"
    r"status|comments?|details|input|intake|thoughts|context|background|precisions)\b"
    r"(?![^.?!]{0,80}\b(?:next|tomorrow|later|by|before)\b)|"
    r"\b(?:speak|talk)\s+(?:a\s+bit\s+)?(?:to|about)\s+(?:it|this|that)\b(?![^.?!]{0,80}\b(?:next|tomorrow|later)\b)|"
    r"\byou\s+should\s+be\s+able\s+to\b|\bwhat\s+you\s+(?:have|need)\s+to\b|\bwalk\s+us\s+through\b|\btake\s+it\s+away\b|\bthe\s+floor\s+is\s+yours\b|\bshed\s+(?:some\s+)?light\s+on\b|"
    r"\b(?:finish|wrap\s+up)\s+(?:your|their|the)\s+(?:last\s+|final\s+)?thoughts?\b|\btime-?box\b(?!\s+(?:an?|one|two|three|half\s+a|\d+)\s+(?:hours?|days?)\b)|"
    # Asked to explain now: "would you mind explaining Toni's attack?", "describe 2780 again?"
    r"\b(?:can|could|would)\s+you\s+(?:please\s+|quickly\s+|briefly\s+|first\s+|just\s+|also\s+)?(?:explain|describe|present|walk|remind\s+(?:me|us)|clarify|elaborate|expand\s+on)\b"
    r"(?![^.?!]{0,80}\b(?:next|tomorrow|later|offline|on\s+the\s+list|in\s+writing|"
    # an event to come: "could you present it at the review?"
    r"(?:at|in|for|during)\s+the\s+(?:next\s+|project\s+|annual\s+)?(?:review|workshop|conference|summit|all-?hands|"
    r"offsite|board\s+meeting|meetup|kick-?off|demo\s+day|town\s*hall))\b)|"
    r"\bmind\s+(?:explaining|describing|presenting|walking|expanding|elaborating|going\s+over|summari[sz]ing)\b|\b(?:describe|explain|repeat)\b[^.?!]{0,60}\bagain\b|"
    r"\bgive\s+(?:you\s+|us\s+)?(?:some|a\s+bit\s+of|more|a\s+little)?\s*(?:background|context)\b|"
    r"\bcount\s+down\b|\bshare\s+(?:my|the|your)\s+slides\b|\blet\s+me\s+pause\b|\bpause\s+(?:here|there)\b|"
    # Handing someone the floor: "would you like to share your concern?", "…to chime in on that?"
    r"\bwould\s+you\s+like\s+to\s+(?:share|chime\s+in|say|speak|comment|present|go\s+(?:first|ahead|next)|"
    r"give|walk|talk)\b|\bchime\s+in\b(?![^.?!]{0,60}\b(?:on\s+the\s+(?:pr|issue|thread|list)|offline|async|later))|"
    # Said now: "I can add some context here", "let me quickly update what's happened…",
    # "just to raise one of the comments from the chat"
    r"\badd\s+(?:some\s+|a\s+bit\s+of\s+|more\s+)?context\s+here\b|"
    r"\bupdate\s+(?:you\s+|everyone\s+|us\s+|folks\s+)?(?:on\s+)?what(?:'s|\s+has)\s+happened\b|"
    r"\braise\s+(?:one\s+of\s+)?(?:the\s+|a\s+)?(?:comments?|questions?)\s+(?:from|in)\s+the\s+chat\b|"
    # "Let's go through previous decisions and action items": last call's list, read out
    r"\bgo\s+(?:through|over)\s+(?:the\s+)?(?:previous|past|last\s+(?:week|call|meeting)(?:['’]s)?)\s+"
    r"(?:decisions|action\s+items|actions|minutes)\b|"
    # Roll call: "please type name, affiliation and your interest", "introduce yourselves", "present+"
    r"\btype\s+(?:in\s+)?(?:your\s+)?(?:full\s+)?names?\b|\bintroduce\s+(?:yourself|yourselves)\b|\bpresent\+|"
    # Running the call's tools: "can you make me a co-host?", "get the streamer started"
    r"\bco-?hosts?\b|\b(?:start|stop)\s+the\s+(?:stream(?:er|ing)?|recording|livestream|transcription)\b|"
    r"\bget\s+the\s+(?:stream(?:er|ing)?|recording|livestream)\s+(?:started|going|running)\b|"
    r"\bnext\s+(?:item|topic|point)\s+(?:on\s+the\s+agenda|is|was)\b|"
    r"\bgo\s+(?:back\s+)?(?:in)?to\s+(?:the\s+agenda|(?:that|this|the\s+next)\s+topic|the\s+details|"
    r"the\s+(?:next|last|first|previous)\s+(?:one|item|point))\b|"
    r"\b(?:drop|leave|hop\s+off|head\s+out)\s+(?:off\s+)?(?:now|early|soon|in\s+a\s+(?:minute|few|bit))\b|"
    # Leaving the call: "sorry guys, I have to commute to another meeting", "I need to run"
    r"\b(?:have|need|got)\s+to\s+(?:commute|leave|hop\s+off|drop(?:\s+off)?|head\s+out|go|run|jump)\s*"
    r"(?:[.,!]|$|now\b|soon\b|(?:to|for)\s+(?:another|a\s+different|the\s+next|my\s+next)\s+(?:meeting|call))|"
    r"\bcome\s+back\s+to\s+(?:it|this|that|(?:your|his|her|their|that|this|the)\s+(?:point|question|comment))\b|"
    # "[PERSON1] is not coming today, so I will lead the meeting": running this call
    r"\b(?:lead|chair|run|moderate|host|facilitate)\s+(?:the|this|today['’]?s)\s+(?:meeting|call)(?!\s+(?:next|on|in)\b)\b|"
    # "[PERSON4] will join later", "I'll be a bit late": who is on the call; "I need to know the
    # new dates": a question, not work
    r"\bjoin\s+(?:us\s+|the\s+(?:call|meeting)\s+)?(?:later|late|in\s+a\s+(?:few|bit|minute|moment))\b|"
    r"\bbe\s+(?:a\s+(?:bit|little|few\s+minutes)\s+)?late\b|\bneed\s+to\s+(?:know|understand)\b|"
    # "let's get back to the current topic"; "and note, this list contains all the EIPs": a remark
    r"\bget\s+back\s+to\s+(?:the\s+)?(?:current\s+|main\s+|original\s+)?(?:topic|agenda|point|question|discussion)\b|"
    r"\bnote\s*,\s+(?:that\s+)?(?:this|that|these|those|it|there|the\s+[\w-]+)\s+(?:[\w-]+\s+)?"
    r"(?:is|are|contains|has|have|was|were|includes|will)\b|"
    r"\bkeep\s+(?:walking|going|moving)\b|\bcorrect\s+me\s+if\s+i\s*(?:'m|am)\s+wrong\b|"
    r"^\W*(?:(?:ok(?:ay)?|so|and|alright)[,.]?\s+)*(?:going\s+)?back\s+to\s+(?:the\s+)?(?:pr|issue|item|topic|agenda|#?\d)|"
    r"\bdiscuss\b[^.?!]{0,40}(?<!from\s)\b(?:now|(?:really\s+)?quickly|right\s+away)\b|"  # not "a week from now"
    # "let's get started" runs the call; "I'll get started on the first two" is a task.
    r"\bget\s+started\b(?!\s+(?:on|with)\s+(?!(?:the\s+)?(?:meeting|call|agenda)\b))|\b(?:go\s+live|feel\s+free)\b|\bgo\s+ahead\b(?!\s+(?:with|and)\b)|"
    # Offering to speak now: "I can explain, 2200 does not change…", "I can speak from Teku".
    r"\bi\s+can\s+(?:quickly\s+|briefly\s+)?(?:explain|speak|talk|comment|answer|enlighten)\b"
    r"(?![^.?!]{0,80}\b(?:next|tomorrow|later|offline|async|on\s+the\s+list)\b)|"
    # Running the call: "I'll just move to the next one", "freeze the queue", "jump in here".
    r"\bmove\s+(?:on\s+)?to\s+the\s+(?:next|first|second|third|last|following)\b|\b(?:freeze|close|open|clear|ack)\s+the\s+(?:q|queue)\b|"
    # "Matt, you also have your hand up", "I'll paste the link": the call's own business
    r"\b(?:your|my|his|her|their)\s+hands?\s+(?:up|raised)\b|\bpaste\s+(?:the\s+|a\s+|that\s+|this\s+)?(?:link|url)\b|"
    r"\bjump\s+in\s+(?:here|now)\b|\b(?:to|into)\s+the\s+(?:zoom\s+)?chat\b|\b(?:stop|interrupt)\s+me\b|"
    # Done during the call: "I'll post the value in 2 seconds", "I'll check right now",
    # "I'll create the rooms now", "I can have the PR open in, like, 5 minutes".
    r"\b(?:i\s*'?ll|i\s+will|i\s+can|let\s+me)[\s,]+(?:[\w,-]+\s+){1,8}?(?:in\s+(?:a|one|two|\d+|a\s+few)\s+"
    r"(?:sec(?:ond)?s?|moments?)|right\s+now)\b|"
    r"\b(?:i\s*'?ll|i\s+will|i\s+can)\b[^.?!]{1,60}?(?:(?<!for\s)\b(?:just\s+)?now|\bin[\s,]+(?:\w+[\s,]+){0,2}\d+\s+min(?:ute)?s)\s*(?:[.!,]|$)|"
    r"\b(?:happy|glad)\s+to\s+answer\s+any\s+(?:(?:other|more|further)\s+)?questions\b|"
    # Done here, in the call: "I'll share a link here", "I can put the test name here",
    # "I can quickly introduce the change", "let me briefly go over the numbers".
    r"\b(?:i\s*'?ll|i\s+will|i\s+can|let\s+me)[\s,]+(?:just\s+|also\s+|quickly\s+)*(?:share|post|paste|put|drop|"
    r"add|link|type|mention|show)\b[^.?!]{0,50}?\bhere\b(?!\s+(?:after|later|tomorrow|next))|"
    r"\b(?:i\s*'?ll|i\s+will|i\s+can|let\s+me)[\s,]+(?:just\s+|also\s+)?(?:quickly|briefly)[\s,]+(?:introduce|go\s+over|"
    r"go\s+through|present|show|walk\s+(?:you|us|everyone|everybody|people|folks)\s+through|summari[sz]e|describe|explain|comment|give|address|mention|recap|"
    r"run\s+through)\b|"
    r"\b(?:i\s*'?ll|i\s+will|i\s+can|let\s+me)[\s,]+(?:just\s+|also\s+)?(?:introduce|go\s+over|go\s+through|present|"
    r"summari[sz]e|describe|recap|run\s+through|comment\s+on)\b[^.?!]{0,40}?\b(?:quickly|briefly)\b|"
    # Setting the agenda: "today we should discuss the status of the annotation".
    r"\b(?:today|now|first(?:\s+of\s+all)?|in\s+this\s+(?:call|meeting))\s*,?\s+(?:we\s*|let'?s\s+)?"
    r"(?:should|will|want\s+to|need\s+to|(?:are|'re)\s+going\s+to(?:\s+be)?|have\s+to)?\s*"
    r"(?:discuss(?:ing)?|talk(?:ing)?\s+about|cover(?:ing)?|go(?:ing)?\s+(?:over|through)|review\s+the\s+agenda|"
    r"pick|choose|decide|vote|hear\s+(?:from|about)|"
    # "So today we need to finalize the Q3 launch plan": what the meeting is for
    r"finali[sz]e|agree\s+on|settle\s+on|figure\s+out|nail\s+down|lock\s+down)\b|"
    # ... and said after it: "we will discuss privacy engineering around this use case today".
    r"\bwe\s*(?:'ll|will|(?:are|'re)\s+going\s+to)\s+(?:discuss|talk\s+about|cover|go\s+(?:over|through)|vote)\b"
    r"[^.?!]{0,60}\b(?:today|now|here|in\s+this\s+(?:call|meeting))\b|\bvote\s+(?:here|now)\b|"
    # Waiting for people to join: "let's wait for him", "let's wait another half a minute…".
    r"\bwait\s+(?:a\s+(?:bit|sec(?:ond)?|moment|minute)\s+)?for\s+(?:him|her|them|people|others|folks|"
    r"everyone|everybody|more\s+people)\b(?!\s+to\s+(?:review|approve|reply|respond|confirm|sign))|"
    r"\bwait\s+(?:another|a|one|two|a\s+few|a\s+couple(?:\s+of)?|\d+)\s+(?:more\s+)?(?:half\s+a\s+)?"
    r"(?:minutes?|mins?|seconds?|secs?|moments?)\b(?=\s*(?:[.!,]|$|before|for\s+(?:people|others|folks|everyone)))|"
    # "Let's jump right into devnet updates", "let's switch focus over to trace-vocab", "let's see…"
    r"\blet'?s\s+(?:briefly\s+|quickly\s+|just\s+)?(?:(?:jump|dive|get)\s+(?:right\s+)?into|switch\s+(?:focus\s+)?(?:over\s+)?to|turn\s+to|see)\b|"
    r"\bfinish\s+(?:the|this|today['’]?s)\s+(?:discussion|topics?|agenda|call|meeting)\b|"
    # "Okay, let's do the weekly sync", "let's kick off the standup": this call, starting
    r"\blet'?s\s+(?:do|start|begin|kick\s+off)\s+(?:the|our|today['’]?s|this)\s+"
    r"(?:(?:weekly|daily|monthly|quick|usual|regular|team)\s+)*(?:sync|standup|stand-up|check-in|meeting|call|retro|"
    r"retrospective|round(?:\s+of\s+updates)?|status\s+round|update\s+round|roll\s+call)\b"
    r"(?!\s+(?:with|on|for|about|next|tomorrow|later)\b)|"
    # "Let's talk about that next time": the agenda moves on, no one is given work
    r"\blet'?s\s+(?:talk|discuss|speak)\s+(?:about\s+)?(?:that|this|it)\s+(?:next\s+time|another\s+time|"
    r"at\s+the\s+next\s+(?:meeting|call))\b|"
    # Running the agenda: "let's defer the gossip topic to next week".
    r"\b(?:defer|postpone|punt|table|park)\s+(?:this|that|it|the\s+(?:[\w-]+\s+){0,3}?(?:topic|discussion|item|question))\b|"
    # "let's punt the metadata spec to next week": the agenda moves, nobody is given work
    r"\b(?:defer|postpone|punt|table|park)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,3}?\s+(?:to|until|till)\s+"
    r"(?:next|the\s+next|later|another)\b|"
    # "let's review the agenda and then…", "let's continue on the issue": running the call
    r"\b(?:review|go\s+over|look\s+at)\s+(?:[\w-]+\s+){0,3}?the\s+agenda\b|"  # "we can look at th at the agenda"
    # Moving through slides: "go back one page", "back to the previous slide", "next slide please"
    r"\b(?:go\s+)?(?:back|forward)\s+(?:one|a|two|to\s+the\s+(?:previous|last|first|next|other))\s+(?:page|slide)s?\b|"
    r"\b(?:next|previous)\s+slide\b|\bgo\s+back\s+for\s+a\s+(?:second|sec|moment|minute)\b|"
    r"\blet'?s\s+(?:continue|carry\s+on|keep\s+going)\s+(?:on|with)\s+(?:the|this|that)\s+(?:issue|topic|discussion|item|point)\b|"
    # Running the list of last time's items: "asked, they want a week more" / "ok, let's keep it open"
    r"\b(?:let'?s\s+|we(?:\s*['’]ll|\s+will|\s+can)\s+|just\s+)?(?:keep|leave)\s+(?:it|this|that|the\s+(?:item|action(?:\s+item)?|ticket|issue))\s+"
    r"(?:open|on\s+the\s+(?:list|agenda)|for\s+next\s+(?:time|week|meeting))\s*[.!]?\s*$|"
    # "so lets look at #13": the next item on the call's agenda (not "…at #13 next week")
    r"\blet'?s\s+(?:look\s+at|go\s+to|move\s+to|take\s+up|turn\s+to|discuss)\s+(?:issue\s+|pr\s+)?#?\d+\b"
    r"(?![^.?!]{0,40}\b(?:next|tomorrow|later|offline)\b)",
    re.I,
)


@lru_cache(maxsize=1 << 15)
def is_meeting_talk(text: str) -> bool:
    """Talk about the call itself: audio, screens, slides, the chat, note taking."""
    if "so " in text.lower():
        text = _SO_ALL_SEE.sub(" ", text)
    # "let's do the the round of updates", read once (a long line is not talk about the call: as said)
    return bool(_META.search(_SAID_TWICE.sub(r"\1", text) if len(text) < 400 else text))


_SAID_TWICE = re.compile(r"\b(\w+)(?:\s+\1\b)+", re.I)


#: Why a thing is put somewhere: "…on the shared drive today so that everybody can see it" (not
#: "can everybody see it?", asked of the call).
_SO_ALL_SEE = re.compile(
    r"\bso\s+(?:that\s+)?(?:everybody|everyone|people|we|they|you|all\s+of\s+us)\s+(?:all\s+)?(?:can|could)\s+"
    r"(?:see|read|access|find)\s+(?:it|them|that)\b",
    re.I,
)


_REFUSAL = re.compile(
    r"^\W*(?:no(?:pe|\s+way|\s+thanks)?\b(?![\s-]*(?:problem|worries|doubt))|absolutely\s+not|certainly\s+not|"
    r"definitely\s+not|not\s+(?:a\s+chance|happening|possible|going\s+to\s+happen)|"
    r"i\s+(?:can(?:no|')?t|won'?t|will\s+not|cannot|refuse|decline|shouldn'?t)\b|"
    r"i'?d\s+rather\s+not|i'?m\s+not\s+(?:going\s+to|gonna|able\s+to|comfortable)|"
    r"(?:sorry|unfortunately)[,\s]+(?:i|we)\s+(?:can(?:no|')?t|won'?t|cannot))",
    re.I,
)


def is_refusal(text: str) -> bool:
    """A reply that declines what was asked ("No, absolutely not", "I can't do that")."""
    return bool(_REFUSAL.match(text.strip()))


# "Done, booked it yesterday.", "That's done", "Already sent it.", "I did that this morning."
_DONE = re.compile(
    r"^\W*(?:(?:yes|yep|yeah|sure|ok(?:ay)?)[,.!]?\s+)?(?:(?:(?:that|it|this)\s*(?:['’]s|\s+is|\s+was)\s+)?(?:all\s+|already\s+)?done\b(?!\s+(?:by|before|until|tomorrow|"
    r"today|tonight|on|this|next|in|after|when|once|soon|later))|"
    r"already\s+(?:did|sent|booked|fixed|merged|handled|shipped|filed|paid|submitted|taken\s+care|on\s+it)\b|"
    r"(?:i|we)\s*(?:['’]ve|\s+have)\s+already\b|"
    r"(?:i|we)\s+(?:already\s+)?did\s+(?:it|that|this)\s+(?:already|yesterday|earlier|this\s+morning|last\s+week)\b)",
    re.I,
)


def is_done_already(text: str) -> bool:
    """A reply saying the thing asked is done already: no to-do is left of the request."""
    return bool(_DONE.match(text.strip()))


_NEGATED = re.compile(r"^\W*(?:not|never|n'?t)\b|^\s*['’]t\b", re.I)


def negated(rest: str) -> bool:
    """The words after a cue start with a negation: "I will *not* send…", "I can't…"."""
    return bool(_NEGATED.match(rest))


_REPORTED = re.compile(
    r"\b(?:said|says|saying|told\s+(?:me|us|him|her|them)|mentioned|claimed|promised|wrote|asked)\s*(?:that\s+)?[,:]?\s*[\"'“‘]?\s*$|"
    # "The user will just be able to say uh please can you pump up the volume": words quoted
    # (but "I was going to say I can check in next week" is the speaker's own)
    r"\b(?:users?|people|customers?|they|he|she|someone|somebody|one)\s+(?:[\w'’]+\s+){0,6}?say\s+"
    r"(?:(?:uh|um|like|er)\s+)*(?:that\s+)?[,:]?\s*[\"'“‘]?\s*$|"
    # A scribe's report of a question: "Asks if heathervescent will have time for…"
    r"\b(?:asks?|asked|wonders?|wondered)\s+(?:if|whether)\s+(?:[\w'’-]+\s+){0,3}$",
    re.I,
)


def reported(before_cue: str) -> bool:
    """The cue sits inside reported speech: "Dave said 'I'll…'", "she told me I should…"."""
    return bool(_REPORTED.search(before_cue))


# Money moving: an amount, or paying / wiring / transferring.  Sending an invoice is sending a
# document ("send the invoice to finance"); paying it moves money.
_MONEY = re.compile(
    r"[$€£¥₹]\s?\d|\b\d[\d,.]*\s?(?:k|m)?\s?(?:usd|eur|gbp|dollars?|euros?|pounds?|bucks|btc|eth)\b|"
    r"\b(?:wire|transfer|send|remit|deposit|move)\b[^.]{0,40}\b(?:money|funds|payment|cash|bitcoin|crypto|"
    r"gift\s*cards?)\b|\b(?:wire|transfer|remit|deposit|move)\b[^.]{0,40}\b(?:account|bank|iban)\b|"
    # "I'll transfer you my share tonight", "I'll venmo you": money between people, said plainly
    r"\b(?:transfer|send|pay|wire)\b[^.]{0,30}\b(?:my|your|his|her|our|their|the)\s+(?:share|portion|contribution)\b|"
    r"\b(?:venmo|paypal|zelle|revolut)\b|"
    r"\breimburse\b|\b(?:pay|settle)\b[^.]{0,30}\b(?:invoices?|bills?|vendors?|suppliers?|contractors?|caterers?|"
    r"deposits?|fees?|salary|salaries|rent|debts?|fines?|them|him|her|me|us|you)\b|"
    r"\brefund\s+(?:the|a|an|their|his|her|my|our|your|all|every)\b|\bgift\s*cards?\b|\bwire\s+transfer\b|\biban\b|\brouting\s+number\b",
    re.I,
)
# A secret handed over: "send the admin password", "post the API key in the channel".  Fixing the
# login bug or rotating the keys shares nothing.
_SECRET_NOUN = (
    r"(?:passwords?|passcodes?|passphrases?|credentials?|api[\s_-]?keys?|secret\s+keys?|private\s+keys?|"
    r"access\s+tokens?|auth(?:entication)?\s+codes?|2fa\s+codes?|mfa\s+codes?|otp|one[\s-]time\s+codes?|pins?|"
    r"seed\s+phrases?|ssh\s+keys?|login\s+details|"
    # ("send screenshots once login works": the feature, not someone's login)
    r"log-?ins?(?!\s+(?:works?|worked|working|is|bug|page|screen|flow|form|button|issues?|problems?|fix(?:ed)?|fails?|errors?))|ssn|social\s+security(?:\s+numbers?)?)"
)
_SECRET = re.compile(
    rf"\b(?:share|send|give|post|paste|tell|email|e-mail|forward|provide|disclose|hand\s+over|text|dm|read\s+out|"
    rf"write\s+down|put|upload|leak|publish)\b[^.]{{0,40}}\b{_SECRET_NOUN}\b|"
    rf"\b{_SECRET_NOUN}\s+(?:to|with)\s+(?!(?:the\s+)?(?:vault|password\s+manager|1password|bitwarden|keychain)\b)",
    re.I,
)
_EMAIL = re.compile(r"\b[\w.+-]+@([\w-]+(?:\.[\w-]+)+)\b")
_OUTSIDE = re.compile(
    r"\b(?:send|forward|share|email|e-mail|upload|export|post|give|leak)\b[^.]{0,60}"
    r"\b(?:personal\s+(?:email|e-mail|account|address|drive|phone)|gmail|outside|external|third[\s-]part(?:y|ies)|"
    r"competitors?|anyone|public(?:ly)?|dropbox|pastebin)\b",
    re.I,
)


def review_reason(text: str) -> str | None:
    """Why an item should be reviewed by a person before it becomes a to-do, or ``None``."""
    if _SECRET.search(text):
        return "shares a password or other credentials"
    if _MONEY.search(text):
        return "moves money"
    if _EMAIL.search(text) or _OUTSIDE.search(text):
        return "sends data to an outside address"
    return None
