import { listedInAccessRequest, type CueRule } from './cueRule.ts';

/** English: how people ask, negate, suppose and close a mail. Patterns use the classes in `wordClasses.ts`. */
export const LEXICON_EN: readonly CueRule[] = [
  { kind: 'right', right: 'access', pattern: 'subject ~2 access ~2 request|requests', topic: true },
  { kind: 'right', right: 'access', pattern: 'dsar|sar', topic: true },
  { kind: 'right', right: 'access', pattern: 'right ~2 of|to ~2 access', topic: true },
  { kind: 'right', right: 'access', pattern: 'requesting|request|requested ~3 access' },
  { kind: 'right', right: 'access', pattern: 'access ~3 to ~2 @my ~3 @personalData|@account' },
  { kind: 'right', right: 'access', pattern: 'data ~1 access ~1 request', topic: true },
  // "Request for my personal data" as a subject or first line; not "request for deletion of my data".
  { kind: 'right', right: 'access', pattern: 'request ~1 for ~1 my ~2 @personalData|informations|datas' },
  { kind: 'right', right: 'access', pattern: 'what|which ~3 @personalData|information ~8 me|my|i' },
  { kind: 'right', right: 'access', pattern: 'whether ~6 processing|process|hold|store|have ~4 @personalData ~4 me|my|about|concerning' },
  // Art. 15(1) wording: "whether or not you process" asks no one to stop.
  { kind: 'right', right: 'access', pattern: 'whether ~1 or ~1 not ~4 process|processing|processed|hold|store', overrides: 'objection' },
  // The Art. 15(1)(e)-(f) information a subject access request lists ("the existence of the right to request
  // rectification, erasure ..., the right to lodge a complaint", "the existence of my rights to ...") names the other rights as
  // information wanted, and the recipients and the source it lists tell no leak.
  ...listedInAccessRequest('existence ~2 of ~2 the|any|my|your|his|her|their|our ~1 right|rights'),
  { kind: 'right', right: 'access', pattern: 'copy|copies|overview|export ~4 @my ~3 @personalData|@account|mailbox|emails|file|calls|recordings|tickets' },
  { kind: 'right', right: 'access', pattern: 'copy|copies|overview ~8 @personalData ~6 about|concerning|on|of|regarding ~1 me|myself' },
  // An access request renewed in a complaint: "I want a full copy of the data, not a summary", "I repeat my request for a
  // complete copy", "process my access request without the passport copy", "I'd like my access request answered",
  // "provide the data without further delay".
  { kind: 'right', right: 'access', pattern: 'repeat|reiterate|renew ~4 request ~3 full|complete|entire ~1 copy' },
  { kind: 'right', right: 'access', pattern: 'want|expect|demand ~4 full|complete|entire ~1 copy ~2 of ~2 the|my ~1 data|information' },
  { kind: 'right', right: 'access', pattern: 'process|answer|fulfil|fulfill|honour|honor|complete ~2 my ~2 access ~1 request' },
  { kind: 'right', right: 'access', pattern: 'my ~2 access ~1 request ~1 answered|processed|fulfilled|honoured|honored|completed' },
  // The answer still owed, chased: "I still expect a proper reply to my access request", "my access request is still outstanding".
  { kind: 'right', right: 'access', pattern: 'require|expect|await|awaiting ~4 response|reply|answer ~3 my ~2 access ~1 request|requests' },
  { kind: 'right', right: 'access', pattern: 'my ~2 access ~1 request|requests ~3 still|remains ~3 outstanding|unanswered|pending|open' },
  // The go-ahead once the identity is shown: "attached is a copy of my passport ... Please proceed with my access request".
  { kind: 'right', right: 'access', pattern: 'proceed|ahead|continue ~2 with ~1 my ~3 access ~1 request' },
  { kind: 'right', right: 'access', pattern: 'provide|send|disclose ~2 the|my ~1 data|information|copy ~2 without ~2 further|undue ~1 delay' },
  // Records kept about the sender's own calls or visits: "a copy of the logs relating to my extension".
  { kind: 'right', right: 'access', pattern: 'copy|copies ~2 of ~2 the|all|any ~1 logs|recordings|records|footage|notes ~3 relating|related|pertaining|referring ~1 to ~1 me|my|myself' },
  // Papers with people's details found in the open: "found a printed sheet in the meeting room with the names of all
  // our staff, their usernames and temporary passwords".
  { kind: 'right', right: 'breach_report', pattern: 'found|lying|dumped|open ~12 sheet|printout|box|folder|forms|papers|paperwork|documents|files|list ~4 with ~3 names|addresses|passwords|usernames|bank' },
  // The same left in the open with its contents named later: "an open box of council paperwork next to the paper container:
  // housing benefit forms with names, addresses, bank details".
  { kind: 'right', right: 'breach_report', pattern: 'open|unlocked|abandoned ~1 box|boxes|bag|bags|crate|crates|bin|cabinet ~2 of|with|full ~4 paperwork|papers|files|documents|forms|records|letters|folders|printouts' },
  // A copy of someone's mailbox or data; not a letter "(copy attached)" followed by "to erase her personal data".
  { kind: 'right', right: 'access', pattern: 'copy|copies|export ~2 of|from|all ~2 @their ~2 mailbox|emails|mails|data|files|account|records' },
  { kind: 'right', right: 'access', pattern: 'copy|export ~1 @their ~2 mailbox|emails|mails|data|files|account|records' },
  { kind: 'right', right: 'access', pattern: '@send ~3 me ~6 all|everything|any ~4 @personalData|information|data' },
  { kind: 'right', right: 'access', pattern: '@send ~3 me ~3 @my ~2 @personalData' },
  { kind: 'right', right: 'access', pattern: 'see|know|find ~3 out ~5 @personalData ~6 about|on ~1 me' },
  // What a log or record holds about the sender, in plain words: "I'd like to see what's been logged under my name", "I'd like to
  // see what you actually have stored about me".
  { kind: 'right', right: 'access', pattern: 'like|want ~2 to ~1 see ~2 what ~4 logged|recorded|stored|kept|saved|held ~3 under|about|on ~1 my|me' },
  { kind: 'right', right: 'access', pattern: 'where ~3 did|do ~2 you ~3 get|got|obtain|obtained ~3 my|this|that ~3 @identity|@personalData|details' },
  // Who the data went to, asked (Art. 15(1)(c)): "Has my info been shared with anyone outside your company?", "Have my details
  // ever been passed on to third parties?"; the question's word order, not a leak told ("my data has been shared with ...").
  { kind: 'right', right: 'access', pattern: 'has|have|was|were ~1 @mine ~3 @personalData|info|details|number|address|email|name|data ~2 shared|passed|given|sold|disclosed|transferred|handed ~2 with|to|on' },
  { kind: 'right', right: 'erasure', pattern: '@erase ~5 @my ~3 @personalData|@account|cv|resume|application|photo|photos|picture|pictures|bio|testimonial|recordings|information' },
  // The recording of a call the mail told of, asked removed, is the caller's: "please delete the recording of that call".
  { kind: 'right', right: 'erasure', pattern: '@erase ~3 recording|recordings ~2 of ~1 that|this ~1 call|phone' },
  // Camera images of someone erased, named by who is in them: "asks us to erase all CCTV footage he appears in".
  { kind: 'right', right: 'erasure', pattern: '@erase ~4 footage|images|recordings|videos ~4 he|she ~1 appears|appear' },
  // Everything deleted once it has been seen, the second half of "send me everything, then delete it": "after that I want all
  // of it deleted"; and what the firm need not keep, named before the verb: "I would like everything that you don't legally need
  // to keep to be deleted", "anything you are not required to retain removed" (the negation is the phrase's own).
  { kind: 'right', right: 'erasure', pattern: 'after|then|afterwards ~3 want|like|wish ~1 all ~1 of ~1 it|that|them|this ~1 deleted|erased|removed|destroyed|wiped' },
  { kind: 'right', right: 'erasure', pattern: 'want|like|wish ~1 everything|anything|whatever|all ~4 not|don|t ~3 need|needed|required|obliged|obligated ~2 to ~1 keep|retain|store|hold ~3 deleted|erased|removed|destroyed|wiped' },
  // One's data wanted gone: "I want my data removed", "I'd like my details deleted" (and read as a supposition in "if I ever
  // wanted my data removed from your systems, how would that work?").
  { kind: 'right', right: 'erasure', pattern: 'want|wanted|like ~2 my ~1 data|details|information|account|profile ~1 removed|deleted|erased|gone' },
  // The same refused in plain words: "I don't want my address in your system at all", "I don't want any of that hanging around
  // in your systems", "close my account ... and don't keep anything - my name, home address, card details".
  // Only one's own or what was just named: "we don't want any downtime in your systems" asks nothing.
  { kind: 'right', right: 'erasure', pattern: 'don|do ~2 t|not ~1 want ~1 my|me ~4 in|on ~1 your ~1 system|systems|database|databases|records|files|crm' },
  { kind: 'right', right: 'erasure', pattern: 'don|do ~2 t|not ~1 want ~1 it|them ~3 in|on ~1 your ~1 system|systems|database|databases|records|files|crm' },
  { kind: 'right', right: 'erasure', pattern: 'don|do ~2 t|not ~1 want ~1 any ~1 of ~1 that|this|it|them ~4 in|on ~1 your ~1 system|systems|database|databases|records|files|crm' },
  { kind: 'right', right: 'erasure', pattern: 'don|do ~2 t|not ~1 keep|retain|store ~1 anything ~3 my' },
  // A controller instructing its processor: "we instruct you to delete all personal data relating to the data subject".
  { kind: 'right', right: 'erasure', pattern: 'instruct|instructing|instructs ~1 you ~2 to ~2 @erase ~4 @personalData ~6 data ~1 subject|subjects' },
  // A sensitive passage in a record to come out: "delete that ticket, or at least remove the part about my health".
  { kind: 'right', right: 'erasure', pattern: '@erase ~3 the|that|this ~1 part|parts|bit|section|passage|paragraph|sentence|remark|comment|line|lines ~2 about|on|mentioning|regarding|concerning ~1 my ~1 health|illness|sickness|diagnosis|condition|medical|burnout|pregnancy|divorce|family|religion|disability' },
  // A photo or quote to come down: "take the quote and the photo off the site", "take down my photo".
  { kind: 'right', right: 'erasure', pattern: 'take ~6 photo|photos|picture|pictures|testimonial|bio ~3 off|down' },
  { kind: 'right', right: 'erasure', pattern: 'take ~1 down ~3 @my ~3 photo|photos|picture|pictures|testimonial|bio' },
  // A copy of one's passport or ID kept after it served: "please erase the passport scan and any copy of it", "if you
  // still have my passport copy from when I opened the account ... please destroy it".
  { kind: 'right', right: 'erasure', pattern: '@erase|destroy|shred ~2 passport|id|identity ~1 scan|scans|copy|copies' },
  { kind: 'right', right: 'erasure', pattern: '@my ~1 passport|id|identity ~1 scan|copy|card ~12 destroy|shred ~1 it|them' },
  // Or wished gone in the passive, a child's handed in with a form: "I'd like the ID copy and the form to be destroyed".
  { kind: 'right', right: 'erasure', pattern: 'like|want|wish|prefer ~3 passport|id|identity ~2 scan|scans|copy|copies ~4 to ~1 be ~1 destroyed|deleted|erased|removed|shredded|binned' },
  { kind: 'right', right: 'erasure', pattern: 'like|want|wish|prefer ~2 scan|scans|copy|copies ~1 of ~2 passport|id|identity|licence|license ~4 to ~1 be ~1 destroyed|deleted|erased|removed|shredded|binned' },
  // An old contact detail to go from the records, beside the new one: "remove my old home address from your records".
  { kind: 'right', right: 'erasure', pattern: '@erase ~2 my ~1 old|previous|former ~3 address|number|email ~4 from ~2 your|the ~1 records|record|system|systems|database|file|files' },
  // The photos or video the sender is in: "I'd like the video with me in it removed", "please delete the ones I'm in".
  { kind: 'right', right: 'erasure', pattern: 'photo|photos|picture|pictures|video|videos ~2 with ~1 me ~2 in ~2 removed|deleted|erased|taken' },
  { kind: 'right', right: 'erasure', pattern: '@erase ~2 ones|photo|photos|picture|pictures|video|videos ~1 i ~1 m|am|appear ~1 in' },
  // The photo named before, asked to come down: "Could you take it down?", "let me know once the photos have been taken down".
  { kind: 'right', right: 'erasure', pattern: 'please|could|can|would ~3 take ~1 it|them ~1 down' },
  { kind: 'right', right: 'erasure', pattern: 'photo|photos|picture|pictures ~4 taken ~1 down|off' },
  // The photos that show the person: "please delete all photos where my daughter is visible".
  { kind: 'right', right: 'erasure', pattern: '@erase ~3 photo|photos|picture|pictures|video|videos ~6 visible|recognisable|recognizable|identifiable' },
  { kind: 'right', right: 'erasure', pattern: '@erase ~4 photo|photos|picture|pictures ~3 of ~1 me' },
  // The same of the sender's child, whose rights a parent exercises: "please remove the photo of my son", "photos of our daughter ...
  // taken down".
  { kind: 'right', right: 'erasure', pattern: '@erase|take ~4 photo|photos|picture|pictures|video|videos ~3 of|with ~2 my|our ~1 son|daughter|child|children|kid|kids' },
  { kind: 'right', right: 'erasure', pattern: 'photo|photos|picture|pictures|video|videos ~3 of|with ~2 my|our ~1 son|daughter|child|children|kid|kids ~12 @erase|down|off' },
  // "I want the profile you have built from my purchases to be deleted."
  { kind: 'right', right: 'erasure', pattern: 'want|like|wish ~2 the|my|all ~3 @personalData|@account|photo|photos ~8 to ~1 be ~1 deleted|erased|removed' },
  // Without "to be": "I want the photo deleted from his phone", "I'd like that recording removed".
  { kind: 'right', right: 'erasure', pattern: 'want|like|wish ~2 the|my|that|this|those|these ~2 photo|photos|picture|pictures|recording|recordings|video|videos ~1 deleted|erased|removed' },
  { kind: 'right', right: 'erasure', pattern: '@erase ~3 all|any|every ~4 @personalData ~8 me|my' },
  { kind: 'right', right: 'erasure', pattern: '@erase ~3 everything ~5 you ~4 have|hold|store|keep ~3 on|about ~1 me' },
  { kind: 'right', right: 'erasure', pattern: '@erase ~3 me ~3 from ~3 @account|systems|system|database|databases|crm|records|files' },
  // Invoking the right to be forgotten is a full erasure, mailing list included, even as a short follow-up to "delete me, also from the newsletter".
  { kind: 'right', right: 'erasure', pattern: 'right ~3 to ~3 be ~2 forgotten|erasure|deletion', topic: true, overrides: 'unsubscribe' },
  { kind: 'right', right: 'erasure', pattern: 'forget ~2 me|about' },
  // Put softly: "I'd rather you forgot I exist", "forget I ever existed".
  { kind: 'right', right: 'erasure', pattern: 'forgot|forget ~2 i ~2 exist|existed' },
  { kind: 'right', right: 'erasure', pattern: 'erasure|deletion ~3 request|of ~3 @personalData', topic: true },
  { kind: 'right', right: 'erasure', pattern: 'close|terminate ~3 @my ~2 account ~8 @erase' },
  // The mailing list as one place among those to erase ("erase all my data, including your mailing lists") is erasure.
  // "Also" names a place only with "from": not "remove my number from your call list and also stop sending promotional emails".
  { kind: 'right', right: 'erasure', pattern: '@erase ~12 including|incl|even ~2 @newsletter|list|lists', overrides: 'unsubscribe' },
  { kind: 'right', right: 'erasure', pattern: '@erase ~12 also ~1 from|on|in ~2 @newsletter|list|lists', overrides: 'unsubscribe' },
  // The same in a list of places: "remove my personal details from your CRM, mailing lists and helpdesk".
  { kind: 'right', right: 'erasure', pattern: '@erase ~3 my|me ~6 from ~2 your ~1 crm|database|databases|systems|records|files|helpdesk ~4 mailing|@newsletter|list|lists', overrides: 'unsubscribe' },
  { kind: 'right', right: 'erasure', pattern: '@erase ~3 my|me ~6 from ~2 your ~1 mailing|@newsletter|list|lists ~4 crm|database|databases|systems|records|files|helpdesk', overrides: 'unsubscribe' },
  // A photo or quote to come off marketing material is erasure: "delete my photo from your marketing brochures".
  { kind: 'right', right: 'erasure', pattern: '@erase ~3 my ~2 photo|photos|picture|pictures|video|testimonial|quote ~4 from ~3 @newsletter|marketing|brochure|brochures|website|folders', overrides: 'unsubscribe' },
  // A marketing profile to erase is data about the person, not a mailing: "delete the marketing profile you have built about me".
  { kind: 'right', right: 'erasure', pattern: '@erase ~3 the|my|your|any|this|that ~2 marketing|advertising|customer|behavioural|behavioral ~1 profile|profiles', overrides: 'unsubscribe' },
  // A copy of a passport or ID sent once and now to be erased is a document held, not a copy of data.
  { kind: 'right', right: 'erasure', pattern: '@erase ~20 copy|copies|scan|scans ~2 of ~1 my|his|her|the ~1 passport|id|identity|driving|driver', overrides: 'access' },
  { kind: 'right', right: 'erasure', pattern: 'copy|copies|scan|scans ~2 of ~1 my|his|her|the ~1 passport|id|identity|driving|driver ~12 @erase', overrides: 'access' },
  { kind: 'right', right: 'rectification', pattern: '@correct ~4 @my ~3 @identity|@personalData|details|record|records' },
  { kind: 'right', right: 'rectification', pattern: 'rectification|correction|completion ~6 @personalData|inaccurate|incomplete' },
  { kind: 'right', right: 'rectification', pattern: 'right ~2 to ~2 rectification', topic: true },
  // The old value of a contact detail going away is why it must be corrected, not an erasure: "my old address will disappear".
  { kind: 'right', right: 'rectification', pattern: 'old|previous|former ~4 address|email|number ~4 disappear|disappears|vanish|vanishes|expire|expires', overrides: 'erasure' },
  { kind: 'right', right: 'rectification', pattern: 'right ~2 to ~1 have ~1 @mine|@their ~2 @personalData|details|name ~1 corrected|rectified', topic: true },
  { kind: 'right', right: 'rectification', pattern: 'inaccurate|incorrect|incomplete ~3 @personalData ~6 me|my|about' },
  { kind: 'right', right: 'rectification', pattern: 'correct ~1 value' },
  // A number changed because the phone went: "the old one was stolen with my phone", "the old one's gone, lost the phone"
  // gives the reason for a new number, it reports no leak.
  { kind: 'right', right: 'rectification', pattern: 'old ~1 one|number|mobile ~6 lost|stolen ~3 phone|mobile', overrides: 'breach_report' },
  // A title, salutation or gender on file to put right: "Could you please correct the title and gender in your records?"
  { kind: 'right', right: 'rectification', pattern: '@correct ~3 title|salutation|gender|honorific ~3 in|on ~1 your|my ~1 records|record|file|system|database|account' },
  // A misspelt name and how it should read: "my surname on the account is spelled 'Watt' - it should be Watts".
  { kind: 'right', right: 'rectification', pattern: '@mine ~1 name|surname|first|last ~8 spelled|spelt|written ~8 should ~1 be|read' },
  // The same told without 'should be': "my name is spelled "Sean O'Sulivan" on everything you send me. It's O'Sullivan", "my
  // surname is misspelt in your portal"; and a detail wanted put right: "my home address to be corrected".
  { kind: 'right', right: 'rectification', pattern: '@mine ~1 name|surname|firstname|lastname ~1 is ~1 spelled|spelt|misspelled|misspelt|wrong|incorrect' },
  { kind: 'right', right: 'rectification', pattern: '@mine ~2 address|name|surname|number|email|details ~1 to ~1 be ~1 corrected|rectified|amended' },
  // A name displayed wrongly is put right, not a leak: "my name shows up as 'Jon Smiht' in Teams when I mail people", "his
  // name is shown as 'Diego Alvares' in the directory".
  { kind: 'right', right: 'rectification', pattern: '@mine|@their ~1 name|surname|firstname|lastname ~2 shows|appears|displays|is ~1 up|shown|displayed|listed|spelled|spelt ~1 as', overrides: 'breach_report' },
  { kind: 'right', right: 'rectification', pattern: 'i ~2 got|am|have ~3 married|divorced ~6 name' },
  // A name misspelt or a wrong form of address in every mail: "every email from you spells my name 'Siobahn'", "all your
  // letters address me as 'Mr Sam Whitaker'. I'm Ms Whitaker." (a salutation: not "address me as the main contact").
  { kind: 'right', right: 'rectification', pattern: 'spell|spells|spelled|spelt|misspell|misspells|misspelled|misspelt ~1 my ~1 name|surname|firstname|lastname' },
  { kind: 'right', right: 'rectification', pattern: 'address|addresses|addressed|addressing ~1 me ~1 as ~1 mr|mrs|ms|miss|mx|dr|mister|sir|madam|dear|he|she|him|her' },
  // An old address swapped for a new one: "Could you switch my contact email to julia@...?" (not "switch my email address
  // to the new tenant", a migration).
  { kind: 'right', right: 'rectification', pattern: 'switch|swap ~2 my ~1 contact ~1 email|address|number|details ~1 to|for' },
  { kind: 'right', right: 'restriction', pattern: 'restrict ~6 processing|use|using' },
  { kind: 'right', right: 'restriction', pattern: 'restriction ~3 of ~3 processing', topic: true },
  { kind: 'right', right: 'restriction', pattern: 'right ~2 to ~2 restriction|restrict', topic: true },
  { kind: 'right', right: 'restriction', pattern: 'keep|retain|preserve|retained|kept|preserved|stored ~8 but ~6 not|stop|no ~4 use|used|using|process|processed|processing' },
  // Kept but shut away: "keep the footage but lock it", "not deleted, but blocked for everyone".
  { kind: 'right', right: 'restriction', pattern: 'keep|retain|preserve|retained|kept|preserved|stored ~10 but ~4 lock|block|freeze|locked|blocked|frozen' },
  { kind: 'right', right: 'restriction', pattern: 'not ~3 deleted|erased|overwritten|destroyed ~3 but ~6 lock|block|freeze|locked|blocked|frozen' },
  { kind: 'right', right: 'restriction', pattern: 'preserve ~6 records|data|information|materials|logs' },
  { kind: 'right', right: 'restriction', pattern: 'prevent ~3 deletion|alteration' },
  { kind: 'right', right: 'restriction', pattern: 'do ~2 not|n ~3 delete|erase ~8 dispute|proceedings|complaint|claim|litigation|evidence|court' },
  // Erasure declined because the data is needed for a claim (Art. 18(1)(b)-(c)): "I do not, however, request erasure, as I
  // may need the data in pursuing a claim".
  { kind: 'right', right: 'restriction', pattern: 'do ~2 not|n ~3 request|want|ask|seek ~2 erasure|deletion ~8 need|dispute|proceedings|claim|litigation|evidence|court', overrides: 'erasure' },
  { kind: 'right', right: 'restriction', pattern: 'instead ~2 of ~3 deletion|deleting|erasure|erasing' },
  { kind: 'right', right: 'restriction', pattern: 'block|freeze ~3 @my ~3 @personalData' },
  // Not to be used until it is put right: "until it's corrected, please do not use my record for anything".
  { kind: 'right', right: 'restriction', pattern: 'until|till|while|meantime|meanwhile ~12 not|t ~8 use|used|using|share|shared|sharing|process|processed|processing ~8 @personalData|@account|me|my|note|notes|file|date|figure|entry|address|number' },
  // The data it forbids passing on asks no copy: "until this is sorted out you are not to use my personal details for
  // collection or send them to anyone".
  { kind: 'right', right: 'restriction', pattern: 'until|till|while|meantime|meanwhile ~12 not|t ~8 use|used|using|process|processed|processing ~8 @personalData ~8 send|give|pass|forward ~2 them|it ~2 to ~1 anyone|anybody|others|third', overrides: 'access' },
  { kind: 'right', right: 'restriction', pattern: 'until|till|while ~14 note|notes|file|entry|report|record ~4 not ~2 used|shared' },
  // Kept and nothing more, or not used while the accuracy is checked, is restriction, not an objection: "stop using his data
  // for anything other than keeping it", "do not use it for anything but storing it", "asked us to stop processing her data
  // while she checks whether it is correct".
  { kind: 'right', right: 'restriction', pattern: 'anything|everything ~2 than|but|except ~1 keeping|storing|storage|retaining|holding|archiving', overrides: 'objection' },
  // "his data for anything other than keeping it" names no one else's data.
  { kind: 'right', right: 'restriction', pattern: 'anything|everything ~2 than|but|except ~1 keeping|storing|storage|retaining|holding|archiving', overrides: 'breach_report' },
  { kind: 'right', right: 'restriction', pattern: 'stop ~3 processing|using ~4 while|until|pending ~6 check|checks|checked|checking|verify|verifies|verified|verification|corrected|correct|accurate|accuracy', overrides: 'objection' },
  // Not to be used while the accuracy is checked (Art. 18(1)(a)): "until you've checked and corrected it, don't use it".
  { kind: 'right', right: 'restriction', pattern: 'until|till|while ~6 checked|corrected|verified|fixed|resolved ~12 not|t ~10 use|used|using|share|shared|sharing' },
  // Held while an objection is weighed (Art. 18(1)(d)): "While they assess his objection, can you make sure the location
  // history already collected isn't used or shared", "restrict processing while you look at my objection".
  { kind: 'right', right: 'restriction', pattern: 'while|until|pending ~4 assess|assessing|review|reviewing|decide|deciding|consider|considering|look|looking|weigh|weighing|handle|handling ~3 his|her|my|the|their|this ~1 objection' },
  // Nothing about the sender sent on meanwhile: "Until that's fixed please don't send anything about me anywhere" (the printer
  // "not sent jobs until it is fixed" names no one).
  { kind: 'right', right: 'restriction', pattern: 'until|till|while ~6 checked|corrected|verified|fixed|resolved|sorted ~12 not|t ~4 send|pass|forward|disclose ~2 anything ~2 about|on ~1 me' },
  // Data not to be used for anything until the dispute is settled: the mailings and calls it names are part of that use
  // ("Until that's sorted I don't want my details used for anything - no mailings, no calls").
  { kind: 'right', right: 'restriction', pattern: 'until|till ~12 not|t ~2 want ~4 used|shared|processed|passed', overrides: 'unsubscribe' },
  { kind: 'right', right: 'restriction', pattern: 'until|till ~12 not|t ~2 want ~4 used|shared|processed|passed', overrides: 'objection' },
  // An erasure asked before, now held back, keeps the data: "I asked you to erase my account, but please don't do that yet".
  { kind: 'right', right: 'restriction', pattern: 'delete|erase|remove|deleting|erasing|removing|deletion|erasure ~3 @mine|everything ~10 don|do ~1 t|not ~2 do ~2 that|it|this|so ~2 yet', overrides: 'erasure' },
  // Neither used nor deleted, told together, is the hold, not an objection: "she wants the file not used or shared, but she
  // does not want it deleted"; so is the sender's data kept unchanged that no one may open or use: "keep my account as it is, but do not
  // let anyone open it".
  { kind: 'right', right: 'restriction', pattern: 'not ~2 used|shared|processed|accessed ~12 she|he|i ~3 not|t ~1 want|wants|wish|wishes ~3 deleted|erased|removed|destroyed', overrides: 'objection' },
  { kind: 'right', right: 'restriction', pattern: 'keep|leave ~1 @mine ~4 as ~1 it|they ~1 is|are ~3 but ~3 not|t ~8 anyone|anybody|nobody|one ~4 access|use|open', overrides: 'objection' },
  // A contested note or statement to be put right: "I ask you to correct this note".
  { kind: 'right', right: 'rectification', pattern: 'correct|rectify|amend ~1 this|that|my note|notes|entry|statement' },
  { kind: 'right', right: 'rectification', pattern: 'correct|rectify|amend ~1 the note|notes|statement' },
  // The wrong value named before, its record to be put right: "Please correct this on your records", "correct this record".
  { kind: 'right', right: 'rectification', pattern: 'correct|rectify|amend ~1 this|it|that ~3 records|record|file' },
  // The same with "update" ("I'm Head of Operations since January. Could you update that in your records?"), and one's file
  // put right: "I'm not allergic to latex, it's penicillin. Please correct my file."
  { kind: 'right', right: 'rectification', pattern: 'update|change ~1 this|it|that ~2 in|on ~1 your ~1 records|record|file' },
  // A new number given, the old one to go: "new mobile: +31 6 ... please replace the old one in your system". Only after a
  // number is named ("we bought a new printer, please replace the old one in your system" is IT work), and not an address,
  // which may be an office's or moving house under a contract.
  { kind: 'right', right: 'rectification', pattern: 'mobile|number|phone|email ~12 replace|update|change ~2 the|my ~1 old ~1 one|number|mobile|email ~3 in|on ~1 your ~1 system|systems|records|record|file|database' },
  { kind: 'right', right: 'rectification', pattern: 'correct|rectify|amend ~2 my ~1 file|profile' },
  // The same put right wherever it is held: "Please correct this everywhere", "please correct it wherever you have it".
  // Not "update it everywhere", said as often of opening hours on a website.
  { kind: 'right', right: 'rectification', pattern: 'correct|rectify|amend|fix ~1 this|it|that ~1 everywhere|wherever' },
  // A number on file said not to be the sender's, to be put right: "please fix the phone number, 06 ... isn't mine any
  // more", "I want the wrong number (not mine anymore) removed and replaced by ...". The negation is the request's own.
  { kind: 'right', right: 'rectification', pattern: 'fix|correct|rectify|update|replace ~1 the|that|this ~1 phone|mobile|telephone ~1 number ~10 not|isn ~3 mine' },
  { kind: 'right', right: 'rectification', pattern: 'number|address|email ~8 not|isn ~2 mine ~6 replaced|corrected|updated|changed|fixed ~1 by|with|to|for' },
  // The right value given, the record to follow: "the correct number is 06 ... - please update it".
  { kind: 'right', right: 'rectification', pattern: 'correct ~1 number|mobile|email|spelling ~1 is ~12 update|change|fix|amend|correct ~1 it|this|that' },
  { kind: 'right', right: 'portability', pattern: 'data ~2 portability', topic: true, weight: 0.5 },
  { kind: 'right', right: 'portability', pattern: 'right ~2 to ~2 portability', topic: true },
  { kind: 'right', right: 'portability', pattern: '@portable ~3 format|file|form', weight: 0.5 },
  { kind: 'right', right: 'portability', pattern: 'machine ~2 readable', weight: 0.5 },
  // One's mailbox, contacts or calendar in a standard format: "give them my mailbox, contacts and calendar in a standard
  // format they can import".
  { kind: 'right', right: 'portability', pattern: '@mine ~1 mailbox|contacts|calendar|emails ~6 in ~1 a|an ~1 standard|common|open|portable|importable ~1 format|formats' },
  { kind: 'right', right: 'portability', pattern: 'transfer|transmit|move|port ~3 @my ~3 @personalData ~8 another|other|new ~3 provider|controller|company|supplier|service' },
  { kind: 'right', right: 'portability', pattern: 'electronic ~2 format|form', weight: 0.5 },
  // The format named by what the receiver will do with it: "my mailbox, contacts and calendar in a standard format they can
  // import". An ingredient, so it needs one's own data beside it: "the price list in a format we can import" asks nothing.
  { kind: 'concept', concept: 'portableFormat', pattern: 'format|formats|file|files ~3 i|they|he|she|we ~1 can|could ~1 import|load' },
  // One's records sent straight on (Art. 20(2)): "Could you transfer my treatment records directly to them?"
  { kind: 'right', right: 'portability', pattern: 'transfer|transmit ~1 @mine treatment|medical|patient|health|personal|customer|school|student|training|employee records|file|data|details|history ~3 directly|straight ~1 to' },
  { kind: 'right', right: 'portability', pattern: 'transfer|transmit ~1 @mine records|data|details ~3 directly|straight ~1 to' },
  // Art. 20(2) named by its recipient, whatever is sent: "Could you send the same file directly to my new IT provider?"
  { kind: 'right', right: 'portability', pattern: 'directly|straight ~1 to ~1 my ~1 new ~2 provider|supplier|vendor|host|operator|controller|practice|platform' },
  { kind: 'right', right: 'objection', pattern: 'object|objecting|objection ~4 to ~6 processing|use|profiling|tracking|analytics|@personalData|recording|cookies|sharing' },
  { kind: 'right', right: 'objection', pattern: 'i ~2 object' },
  // An objection made earlier and held to now, by the sender or for his client, objects still: "I maintain my objection", "my
  // client upholds his objection", "I stand by my objection".
  { kind: 'right', right: 'objection', pattern: 'maintain|maintains|uphold|upholds|reiterate|reiterates ~3 objection|objections' },
  { kind: 'right', right: 'objection', pattern: 'stand|stands ~1 by ~2 objection|objections' },
  // Surveys no more, while the service stays: "no more surveys please", "just no surveys".
  { kind: 'right', right: 'objection', pattern: 'no ~1 more ~2 surveys|survey|questionnaires' },
  { kind: 'right', right: 'objection', pattern: 'no ~1 more ~2 feedback ~1 surveys|requests' },
  { kind: 'right', right: 'objection', pattern: 'just ~1 no ~2 surveys|questionnaires' },
  // Tracking refused in a few words, the apostrophe often left out: "dont track me", "please don't profile me".
  { kind: 'right', right: 'objection', pattern: 'don|do ~2 t|not ~1 track|profile|trace ~1 me|us' },
  { kind: 'right', right: 'objection', pattern: 'dont ~1 track|profile|trace ~1 me|us' },
  // Someone's objection relayed by the customer we process for: "One of our site supervisors has formally objected to the
  // location tracking on his company phone" ("I objected last week" recalls one, and stays out).
  { kind: 'right', right: 'objection', pattern: 'has|have ~1 formally ~1 objected' },
  // Consent given once for a video or a story, now taken back in plain words: "I'd rather not be featured anymore", "I would
  // prefer not to appear on your website".
  { kind: 'right', right: 'objection', pattern: 'rather|prefer ~2 not ~2 be ~1 featured|pictured|shown|quoted|included ~1 anymore|any|again|longer' },
  { kind: 'right', right: 'objection', pattern: 'right ~2 to ~2 object', topic: true },
  // Withdrawing consent corrects nothing in its sentence: "I've moved to a new role, so I'm withdrawing my consent for my photo and name".
  { kind: 'right', right: 'objection', pattern: '@withdraw ~5 @my ~2 @consent', overrides: 'rectification' },
  { kind: 'right', right: 'objection', pattern: '@withdraw ~4 said|the|any|all ~2 @consent', overrides: 'rectification' },
  { kind: 'right', right: 'objection', pattern: '@withdraw ~3 @consent', overrides: 'rectification' },
  // Consent taken back without the verb: "I no longer consent to having my calls recorded".
  { kind: 'right', right: 'objection', pattern: 'i|we ~1 no ~1 longer ~1 consent|agree ~1 to', overrides: 'rectification' },
  // The sender's own photo, name or quote refused in our publicity is an objection: no mailing left, nothing corrected by "from
  // now on" ("please don't use my photo and name in your marketing from now on").
  { kind: 'right', right: 'objection', pattern: 'don|do ~2 t|not ~2 use ~1 @mine ~4 photo|photos|picture|pictures|quote|testimonial', overrides: 'unsubscribe' },
  { kind: 'right', right: 'objection', pattern: 'don|do ~2 t|not ~2 use ~1 @mine ~4 photo|photos|picture|pictures|quote|testimonial', overrides: 'rectification' },
  { kind: 'right', right: 'objection', pattern: '@consent ~3 is ~3 withdrawn|revoked' },
  { kind: 'right', right: 'objection', pattern: 'stop ~5 processing|using|profiling|tracking|sharing|selling|analysing|analyzing ~4 @my|@personalData|me' },
  // What is no longer to be used names it: "no longer use my data"; "I no longer use your services" asks nothing.
  { kind: 'right', right: 'objection', pattern: 'no ~2 longer ~6 process|processing|use|using|track|tracking|profile|share|sharing ~4 my|our|me|us|it|them|this|that|these|those|@personalData' },
  { kind: 'right', right: 'objection', pattern: 'opt ~1 out ~3 of ~4 profiling|tracking|analytics|sharing|sale|selling' },
  { kind: 'right', right: 'objection', pattern: 'do ~2 not|n ~3 sell|share ~3 @my' },
  // Calls not to be recorded or reused: "I'd prefer my calls not be used to train staff".
  { kind: 'right', right: 'objection', pattern: '@mine ~1 calls|conversations|voice ~4 not ~3 recorded|used|stored|kept|analysed|analyzed' },
  // Details not to be passed on are an objection to sharing, not to calls: "I don't want my name and phone number passed to the distributor".
  { kind: 'right', right: 'objection', pattern: 'don|do ~2 t|not ~2 want ~2 @mine ~8 passed|shared|given|sold|handed|forwarded|disclosed ~2 on|to|with', overrides: 'unsubscribe' },
  // One's data refused a use in plain words: "I don't want my tickets, emails or calls with you used for that analysis", "I don't
  // want my behaviour analysed", "I do not want my data to be used for research". The calls it names are not sales calls.
  { kind: 'right', right: 'objection', pattern: 'don|do ~2 t|not ~1 want ~1 @mine|his|her ~8 analysed|analyzed|profiled|tracked|scored|mined', overrides: 'unsubscribe' },
  { kind: 'right', right: 'objection', pattern: 'don|do ~2 t|not ~1 want ~1 @mine|his|her ~8 used|processed ~2 for|to|in ~1 analysis|analytics|research|training|profiling|profiles|profile|statistics|scoring|ai|improvement|improving|build|that|this|such', overrides: 'unsubscribe' },
  // Consent withdrawn for marketing cookies is tracking, not mailings: "I withdraw my consent for the marketing and analytics cookies".
  { kind: 'right', right: 'objection', pattern: '@withdraw ~6 @consent ~6 cookies|cookie|tracking|pixels|pixel|trackers', overrides: 'unsubscribe' },
  // One's name used as a sales reference or in marketing content is objected to, not a mailing left: "Please stop using
  // my details as a reference for sales purposes", "remove my name from your customer reference list", "I object to the use of
  // my data for your marketing content"; so is data shared for advertising: "don't share my data with anyone for advertising".
  { kind: 'right', right: 'objection', pattern: 'stop|not ~3 using|use|list|listing ~3 @mine ~3 name|details|data|number|photo ~3 as ~2 a ~1 reference|references', overrides: 'unsubscribe' },
  { kind: 'right', right: 'objection', pattern: '@erase|take ~4 from|off ~3 reference ~1 list|lists|page|contacts', overrides: 'unsubscribe' },
  { kind: 'right', right: 'objection', pattern: 'object|objection ~12 marketing ~1 content|material|materials|brochure|brochures|case|video|videos', overrides: 'unsubscribe' },
  { kind: 'right', right: 'objection', pattern: 'don|do ~2 t|not ~2 share|sell ~2 @mine ~2 @personalData|data|details ~6 advertising|advertisers|ad', overrides: 'unsubscribe' },
  // The mailings named before, refused as "these" or "them": "No thanks. And please stop sending these, I get about four a
  // month.", "four unsolicited sales emails in two weeks.\n\nStop sending them." "Them" only where a line starts: "please
  // stop sending them the monitoring alerts" (two leavers) asks nothing for the sender.
  // Dictated apart: "please on subscribe me from your news letter".
  { kind: 'right', right: 'unsubscribe', pattern: 'on|un subscribe ~3 me|us ~3 from ~3 news letter|letters' },
  { kind: 'right', right: 'unsubscribe', pattern: 'on|un subscribe ~3 me|us ~3 from ~3 @newsletter' },
  { kind: 'right', right: 'unsubscribe', pattern: 'unsubscribe ~3 me|us ~3 from ~3 news letter|letters' },
  { kind: 'right', right: 'unsubscribe', pattern: 'stop ~1 sending|emailing|mailing these|those' },
  { kind: 'right', right: 'unsubscribe', pattern: 'stop ~1 sending|emailing|mailing them', lineStart: true },
  { kind: 'right', right: 'unsubscribe', pattern: 'stop ~4 calling ~2 me' },
  // A subscription to a mailing cancelled as a contract is: "please cancel my subscription to the newsletter", "cancel my
  // newsletter subscription". A contract cancelled leaves no mailing, and "cancel the newsletter" may be a send of the customer's.
  { kind: 'right', right: 'unsubscribe', pattern: 'cancel|cancelling|canceling|end|terminate ~1 my ~1 newsletter|mailing ~1 subscription' },
  { kind: 'right', right: 'unsubscribe', pattern: 'cancel|cancelling|canceling|end|terminate ~1 my ~1 subscription ~1 to|for ~2 newsletter|newsletters|mailing|mailings' },
  // Marketing refused in plain words, without naming a mailing list: "I do not wish to be contacted for sales purposes again",
  // "could you please stop inviting me to your events?", "Stop the texts", "Can you make sure I never hear from you again?".
  // Only for sales or marketing: "I don't want to be called, please email" asks for another channel, not for silence.
  { kind: 'right', right: 'unsubscribe', pattern: 'not|t ~2 wish|want|like ~2 to ~1 be ~1 contacted|called|approached|phoned|emailed ~2 for|about ~2 sales|marketing|promotional|commercial|advertising' },
  { kind: 'right', right: 'unsubscribe', pattern: 'stop ~2 inviting ~1 me|us' },
  { kind: 'right', right: 'unsubscribe', pattern: 'please|pls|plz ~2 no ~1 more|further ~2 invitations|invites|offers|promotions' },
  { kind: 'right', right: 'unsubscribe', pattern: 'stop ~2 the|your|these|those|all ~1 texts|sms' },
  { kind: 'right', right: 'unsubscribe', pattern: 'never ~1 hear ~2 from ~1 you|your ~3 again' },
  { kind: 'right', right: 'unsubscribe', pattern: 'unsubscribe|unsubscribing', topic: true },
  { kind: 'right', right: 'unsubscribe', pattern: 'opt|opting ~1 out ~6 @newsletter|@marketing|emails|communications|mailing|mailings|list' },
  { kind: 'right', right: 'unsubscribe', pattern: '@erase ~3 me|my ~6 from ~4 @newsletter|list|lists|mailing|distribution' },
  { kind: 'right', right: 'unsubscribe', pattern: 'take ~3 me|him|her|us ~3 off' },
  { kind: 'right', right: 'unsubscribe', pattern: 'unsub' },
  { kind: 'right', right: 'unsubscribe', pattern: 'get|be|taken ~2 off ~3 @newsletter|list|lists|mailing' },
  { kind: 'right', right: 'unsubscribe', pattern: 'to ~1 be|get ~1 unsubscribed' },
  { kind: 'right', right: 'unsubscribe', pattern: 'stop ~3 emailing|mailing|e ~2 me|us' },
  // Contact refused for good, its channel or purpose named before "again": "don't call me on my mobile for sales again", "and
  // don't ring me again", or wished as a list that keeps us away: "put me on a list so you won't call or email me again".
  { kind: 'right', right: 'unsubscribe', pattern: 'don|do ~2 t|not ~3 contact|email|mail|call|phone|ring|text ~2 me|us ~5 ever|again|anymore' },
  { kind: 'right', right: 'unsubscribe', pattern: 'you ~1 won|will ~1 t|not ~1 contact|email|mail|call|phone|ring|text ~3 me|us ~5 ever|again|anymore' },
  { kind: 'right', right: 'unsubscribe', pattern: 'unsubscribe ~2 me|us' },
  { kind: 'right', right: 'unsubscribe', pattern: 'no|not ~3 unsolicited ~4 communication|communications|emails|mail|marketing' },
  { kind: 'right', right: 'unsubscribe', pattern: 'stop ~4 sending ~4 me|@newsletter|@marketing' },
  // Contact refused as a bare list of its kinds, asked: "please, no emails, no phone calls", "no mail, no calls anymore".
  // Told as not had ("I got no emails, no calls") it asks nothing.
  { kind: 'right', right: 'unsubscribe', pattern: 'please|pls|want|wish ~8 no ~1 emails|mails|mail|calls|letters|post|newsletters|newsletter|texts|offers|marketing|spam|invitations|promotions ~1 no ~1 emails|mails|mail|calls|letters|post|newsletters|newsletter|texts|offers|marketing|spam|invitations|promotions' },
  { kind: 'right', right: 'unsubscribe', pattern: 'no ~1 emails|mails|mail|calls|letters|post|newsletters|newsletter|texts|offers|marketing|spam|invitations|promotions ~1 no ~1 emails|mails|mail|calls|letters|post|newsletters|newsletter|texts|offers|marketing|spam|invitations|promotions ~3 please|pls|more|anymore|again' },
  { kind: 'right', right: 'unsubscribe', pattern: 'no ~2 longer|more ~6 @newsletter|@marketing' },
  { kind: 'right', right: 'unsubscribe', pattern: 'do|don ~2 not|t ~2 want ~4 receive|get ~4 @newsletter|@marketing|emails|any' },
  // Offers refused in plain words: "Don't send me any more offers", "do not send us any further promotions".
  { kind: 'right', right: 'unsubscribe', pattern: 'do|don ~2 not|t ~2 send ~2 me|us ~2 any ~1 more|further ~1 offers|offer|promotions|promos|deals|ads|adverts|advertising|spam|newsletters|newsletter|mailings|marketing' },
  { kind: 'right', right: 'unsubscribe', pattern: 'object ~8 direct ~2 marketing', overrides: 'objection' },
  { kind: 'right', right: 'unsubscribe', pattern: 'objecting|objection ~8 direct ~2 marketing', overrides: 'objection' },
  // Withdrawing consent to marketing is both: consent withdrawn (objection) and off the mailings.
  { kind: 'right', right: 'unsubscribe', pattern: 'withdraw ~6 @consent ~3 for ~3 marketing' },
  { kind: 'right', right: 'unsubscribe', pattern: 'stop ~3 sending ~4 marketing' },
  { kind: 'right', right: 'unsubscribe', pattern: 'like|want|wish ~2 to ~1 stop ~1 getting|receiving' },
  { kind: 'right', right: 'complaint', pattern: 'complaint|complain ~12 @authority' },
  // Someone else's complaint that the authority acted on, told to the firm in its decision or letter: "following a complaint
  // from a data subject, the ICO has found ...".
  { kind: 'hypothetical', pattern: 'complaint|complaints ~1 from|by ~1 a|an|the|one ~1 data ~1 subject|subjects' },
  // A mailing told as ended since something was done asks nothing: "No more emails since.", "not one newsletter since then".
  { kind: 'hypothetical', pattern: 'no|not ~2 more|single|one ~1 @newsletter|@marketing|mail|email|newsletter|calls ~3 since' },
  { kind: 'hypothetical', pattern: 'following|after ~1 a|an ~1 complaint ~1 from|by|against' },
  // Someone else's complaint against the sender's own firm ("an employee has complained about us to the ICO"), or one told as
  // lodged by one of its people ("Complaint lodged by employee"), is not the sender's.
  { kind: 'hypothetical', pattern: 'complaint|complaints ~2 against|about ~1 us' },
  { kind: 'hypothetical', pattern: 'complained ~3 about ~1 us' },
  { kind: 'hypothetical', pattern: 'filed|lodged|submitted ~1 by ~2 employee|staff|colleague|customer|patient|tenant|applicant|pupil|parent' },
  { kind: 'right', right: 'complaint', pattern: 'dear ~3 data ~2 protection ~2 authority|agency|commissioner' },
  { kind: 'right', right: 'complaint', pattern: 'article ~2 77', topic: true },
  { kind: 'right', right: 'breach_report', pattern: 'data ~2 breach|leak', topic: true, weight: 0.5 },
  // On the list, a list of ours named bare: "I do not want to be on your list anymore", "I no longer wish to be on this list".
  { kind: 'right', right: 'unsubscribe', pattern: 'not|don|longer ~3 want|wish ~2 to ~1 be|stay|remain ~1 on ~2 your|the|this|that ~1 list|lists' },
  // A device or bag left behind on the way is lost: "I left my work laptop on the train", "bag left in a taxi".
  { kind: 'right', right: 'breach_report', pattern: '@device|bag|backpack|folder ~8 left ~1 on|in ~2 the|a ~1 train|bus|tram|taxi|plane|metro|tube|coach' },
  { kind: 'right', right: 'breach_report', pattern: 'left ~3 @device|bag|backpack|folder ~1 on|in ~2 the|a ~1 train|bus|tram|taxi|plane|metro|tube|coach' },
  { kind: 'right', right: 'breach_report', pattern: 'invoice|invoices|details|data|email|document|ticket|tickets|quote|contract|order ~6 of|for|belonging ~3 another|other|someone' },
  // A neighbour's post in one's envelope: "inside there was also the annual statement of my neighbour at number 16".
  { kind: 'right', right: 'breach_report', pattern: 'invoice|invoices|statement|statements|letter|letters|payslip|payslips|bill|bills|results|documents|details|post ~4 of|for|belonging|addressed|meant ~3 my|a|the|our ~1 neighbour|neighbor|neighbours|neighbors' },
  { kind: 'right', right: 'breach_report', pattern: 'not ~3 meant|intended|addressed ~3 for|to ~2 me' },
  { kind: 'right', right: 'breach_report', pattern: 'all ~4 addresses|recipients|customers ~4 visible|in ~3 cc|to' },
  { kind: 'right', right: 'breach_report', pattern: 'open ~2 cc' },
  { kind: 'right', right: 'breach_report', pattern: 'instead ~2 of ~2 bcc' },
  { kind: 'right', right: 'breach_report', pattern: 'laptop|phone|usb|notebook ~8 lost|stolen|missing|nicked|pinched' },
  { kind: 'right', right: 'breach_report', pattern: 'lost|stolen ~4 laptop|phone|usb|notebook' },
  // Our stick found by someone else: "I found a USB stick with your sticker on it".
  { kind: 'right', right: 'breach_report', pattern: 'found|find ~3 usb|memory ~1 stick|sticks|drive|key' },
  { kind: 'right', right: 'breach_report', pattern: 'wrong ~1 recipient|recipients|addressee' },
  // Our mail or scans going to an address nobody knows: "the scans go to an unknown address", "forwarded to a stranger's mailbox".
  { kind: 'right', right: 'breach_report', pattern: 'go|goes|going|went|gone|ending|ended|landing|landed|forwarded ~6 unknown|stranger|strangers ~1 address|addresses|recipient|mailbox|inbox' },
  { kind: 'right', right: 'breach_report', pattern: 'but|instead ~2 to ~1 an|a ~1 unknown|stranger|strangers ~1 address|recipient|mailbox|inbox' },
  // One's data readable in a photo or screenshot: "on the monitor you can clearly read my name and my ticket".
  { kind: 'right', right: 'breach_report', pattern: 'clearly|easily|plainly ~1 readable|legible|read|visible ~8 @mine ~2 name|number|address|ticket|details|data|diagnosis' },
  // With what went between: "your engineer emailed our payroll export to the wrong client".
  { kind: 'right', right: 'breach_report', pattern: 'sent|went|forwarded|emailed|mailed ~6 wrong ~1 person|customer|client|company|address' },
  // Told of someone the sender's matter reached: "my ex has no right to know that", "he should never have been told".
  { kind: 'right', right: 'breach_report', pattern: 'had|has|have ~1 no ~1 business|right ~1 knowing|hearing|seeing' },
  { kind: 'right', right: 'breach_report', pattern: 'had|has|have ~1 no ~1 business|right ~1 to ~1 know|hear|see' },
  { kind: 'right', right: 'breach_report', pattern: 'should|ought ~2 never ~2 have ~1 known|heard|seen|learned|learnt' },
  { kind: 'right', right: 'breach_report', pattern: 'should|ought ~2 never ~2 have ~1 been ~1 told|shared|shown|disclosed|passed' },
  // Any person we serve as the one it reached instead: "my X-rays were emailed to another patient", "texted to the wrong parent".
  { kind: 'right', right: 'breach_report', pattern: 'sent|went|forwarded|emailed|mailed|texted|posted|delivered ~6 wrong|another ~2 @recipient', topic: true },
  { kind: 'right', right: 'breach_report', pattern: 'other ~2 customers|clients|companies|people ~6 tickets|data|details|invoices|names|addresses|orders|files|documents|payslips|contracts|emails|information|records' },
  // A breach called by its name as a statement: "This is a serious data breach.", "That's a data leak". 'Is this a data
  // breach?' asks, and stays the topic above.
  { kind: 'right', right: 'breach_report', pattern: 'this|that|which ~1 is|was|s|constitutes ~3 data|privacy|gdpr ~1 breach|leak' },
  { kind: 'hypothetical', pattern: 'whether|if ~1 this|that|it ~1 is|was ~3 data|privacy|gdpr ~1 breach|leak' },
  // One's screen or messages shown in a photo posted: "a picture on LinkedIn showing my screen, with my personal email and
  // private messages visible".
  { kind: 'right', right: 'breach_report', pattern: 'photo|picture|image|screenshot|video ~10 showing|shows|showed ~2 @mine ~1 screen|monitor|messages|emails|inbox' },
  { kind: 'right', right: 'breach_report', pattern: 'with ~1 @mine ~2 personal|private ~1 email|emails|messages|photos|number|address|details|data|documents|files|information ~4 visible|readable|legible' },
  // The sender's details newly open to all, told by what anyone can now do with them: "anyone can now see my address", "anyone
  // can now find where I live". "Now" tells a change just made, not a setting asked about.
  { kind: 'right', right: 'breach_report', pattern: 'anyone|everyone|anybody ~2 can ~2 now ~4 see|find|read|view|look ~4 @mine' },
  { kind: 'right', right: 'breach_report', pattern: 'anyone|everyone|anybody ~2 can ~2 now ~4 see|find|read|view|look ~4 where ~1 i ~1 live' },
  // Asked as a question: "Do you have any data on me?", "Are you storing information about me?"
  { kind: 'right', right: 'access', pattern: 'do|does|are|is ~1 you|your ~3 have|hold|store|keep|process|holding|storing|keeping|processing ~3 @personalData|anything|information ~4 about|on|of|concerning|regarding ~1 me' },
  { kind: 'right', right: 'access', pattern: 'copy|copies ~6 @personalData ~6 relating|related|pertaining ~1 to ~1 him|her|them' },
  // Access asked by its noun, as lawyers put it: "disclosure of all personal data relating to our client".
  { kind: 'right', right: 'access', pattern: 'disclosure ~1 of ~4 @personalData ~4 relating|related|pertaining ~1 to ~1 me|myself|him|her|them|our|my' },
  { kind: 'right', right: 'erasure', pattern: 'want ~2 out ~2 of ~2 your ~1 database|system|systems|records|crm|files' },
  { kind: 'right', right: 'erasure', pattern: 'don|do ~2 t|not ~3 want ~3 to ~1 be|stay ~3 in ~2 your ~1 database|system|systems|records|crm|files' },
  { kind: 'right', right: 'restriction', pattern: 'restricted|restricting|limit|limited|limiting ~4 the ~2 processing|use|using' },
  { kind: 'right', right: 'restriction', pattern: 'processing|use ~4 @my ~3 @personalData|account ~2 restricted|limited|blocked|frozen' },
  { kind: 'right', right: 'unsubscribe', pattern: 'stop|quit ~3 contacting|texting|messaging|spamming ~2 me|us' },
  // The mailing named first, then refused as "it": "don't carry the newsletter over to the new address - I don't want to
  // receive it anymore".
  { kind: 'right', right: 'unsubscribe', pattern: 'newsletter|newsletters|mailing|mailings ~12 not|t ~1 want ~2 receive|get ~1 it|them ~2 anymore|any' },
  { kind: 'right', right: 'unsubscribe', pattern: 'still ~1 getting|receiving ~4 newsletter|newsletters|mailings|marketing|promotional|promotions|spam|offers' },
  { kind: 'right', right: 'unsubscribe', pattern: 'i|we ~1 keep ~1 getting|receiving ~4 newsletter|newsletters|mailings|marketing|promotional|promotions|spam|offers' },
  { kind: 'right', right: 'complaint', pattern: 'report|reporting ~1 you|this|it ~6 @authority' },
  // The sender's own report, told: "I've reported this to the Information Commissioner's Office today" (a firm's "we have
  // reported the breach to the AP ourselves" is its own notification, and is not read).
  { kind: 'right', right: 'complaint', pattern: 'i ~2 reported ~6 @authority' },
  { kind: 'right', right: 'complaint', pattern: 'raised|raise|raising ~3 this|it|matter ~6 @authority' },
  { kind: 'right', right: 'complaint', pattern: 'complaint|complain|complained|reported|lodged|filed ~12 protection ~1 commission' },
  // The Irish authority by its name, the matter taken there: "I'll be taking this to the Data Protection Commission".
  { kind: 'right', right: 'complaint', pattern: 'escalate|escalating|take|taking|bring|bringing|report|reporting ~3 this|it|matter|you ~6 protection ~1 commission' },
  { kind: 'right', right: 'complaint', pattern: 'escalate|escalating|escalated|take|taking|bring|bringing ~3 this|it|matter|further ~6 @authority' },
  // A renewed erasure put as the condition of a complaint: "I will escalate ... if my data is not deleted this week".
  { kind: 'right', right: 'erasure', pattern: 'if|unless ~3 @personalData|details|account ~2 is|are|has|have ~2 not ~2 deleted|erased|removed ~3 by|within|this|before|today' },
  // An ultimatum that threatens a complaint names the copy still owed: "If I don't have my data by Friday I'm taking this to the
  // ICO". The threat in the sentence keeps a colleague's "if I don't get the data by Friday, we're late" out.
  { kind: 'right', right: 'access', pattern: 'if ~1 i|we ~1 don|do|haven|have|didn ~1 not|t ~1 have|get|receive|see|got|received ~3 my|our|a ~2 data|copy|export ~6 by|within|before ~10 @authority|complaint|complain' },
  // The threat first and the copy owed as its condition, also in a lawyer's words for his client: "We will refer the matter to the
  // ICO should he not receive a complete copy of his data within 14 days".
  { kind: 'right', right: 'access', pattern: '@authority|complaint|complain ~20 if|unless|should ~2 i|we|he|she|they|my|our ~3 not|don|t|do|does|doesn|haven|hasn|didn ~4 have|get|receive|see|got|received ~4 my|our|his|her|their|a|the|complete|full ~3 data|copy|export ~8 by|within|before' },
  // The authority named straight after the verb: "I will escalate to the Dutch privacy authority if ...".
  { kind: 'right', right: 'complaint', pattern: 'escalate|escalating|escalated ~1 to|with ~3 @authority' },
  // The matter referred or written to the authority: "our client will refer the matter to the Data Protection Commission", "I've
  // sent a note to the data protection authority about this", "I have written to the ICO".
  // An aviation or other sector authority is none: "refer the matter to the Civil Aviation Authority".
  { kind: 'right', right: 'complaint', pattern: 'refer|referring|referred ~3 this|it|matter|case ~6 protection|supervisory ~1 authority|commission|commissioner|agency' },
  { kind: 'right', right: 'complaint', pattern: 'refer|referring|referred ~3 this|it|matter|case ~3 to ~2 the ~1 ico|dpc|dpa|ap|cnil|apd|regulator' },
  { kind: 'right', right: 'complaint', pattern: 'i|we ~2 sent|written|wrote|emailed ~4 to ~4 protection|supervisory ~1 authority|commission|commissioner|agency' },
  { kind: 'right', right: 'complaint', pattern: 'i|we ~2 sent|written|wrote|emailed ~4 to ~2 the ~1 ico|dpc|dpa|ap|cnil|apd' },
  { kind: 'right', right: 'breach_report', pattern: 'someone|somebody ~1 else ~2 invoice|invoices|details|data|email|document|ticket|order|payslip|contract|quote|file|letter|statement' },
  { kind: 'right', right: 'breach_report', pattern: 'laptop|phone|usb|notebook|bag|folder ~8 left ~3 on|in ~2 the|a ~1 train|bus|taxi|tram|plane|car|cafe|pub' },
  { kind: 'right', right: 'breach_report', pattern: 'left|forgot ~2 his|her|their|your|a|the|company ~2 laptop|phone|usb|notebook|bag|folder ~3 on|in ~2 the|a ~1 train|bus|taxi|tram|plane|car|cafe|pub' },
  // The same left behind at a customer's: "your technician left a usb stick in our server room", "Your engineer Dennis left
  // his Quality Networks laptop in our meeting room"; not "left his laptop charger", nor "forgot his laptop in the office".
  { kind: 'right', right: 'breach_report', pattern: 'your|one ~3 engineer|engineers|technician|technicians|consultant|consultants|colleague|colleagues|employee|employees ~2 left|forgot ~4 laptop|laptops|stick|notebook|folder|printout|printouts in|on|behind ~1 our|my' },
  // A device found and known by the firm's sticker: "I found a laptop bag on the train ... with a Quality Networks sticker"
  // (not a logo: notebooks with a logo are handed out at fairs; nor an asset tag: "we found the laptop with asset tag 12").
  { kind: 'right', right: 'breach_report', pattern: 'found ~4 laptop|laptops|stick|notebook|bag ~16 sticker|stickers' },
  // Files or storage found open to all: "I found that the following file on your website is publicly accessible",
  // "During scan I find that Azure blob storage 'qnbackupexport' is public readable"; found, not wished ("make sure the file
  // is publicly accessible"), and not "our price list file".
  { kind: 'right', right: 'breach_report', pattern: 'found|find|noticed|notice|discovered|discover ~4 your|the|this|that|following ~3 spreadsheet|file|files|storage|bucket|blob|export|exports|backup|backups|database ~6 is|are|was|were ~1 publicly|public ~1 accessible|readable|indexed' },
  // Who received my data: "Who did you pass my details on to?", "Who have you shared my number with?"
  { kind: 'right', right: 'access', pattern: 'who|which ~3 did|have|has|do ~3 pass|passed|give|gave|given|share|shared|sell|sold|disclose|disclosed|hand|handed ~3 @mine ~2 @personalData|details|number|address|email|info|data' },
  { kind: 'right', right: 'access', pattern: 'download|downloading ~4 @my|all ~3 @personalData|data|info|account|history' },
  // The source or recipients asked without 'did': "who gave you my number?", "who sold you my email", "an explanation of who
  // you gave my number to", "I want to know where you got my email address from".
  { kind: 'right', right: 'access', pattern: 'who ~1 gave|sold|passed|provided|supplied|handed ~1 you ~1 @mine ~2 @identity|@personalData|details|number|address|email|info|data|name' },
  // The same of the address a mail came to: "Who gave you this address? It is my private email."
  { kind: 'right', right: 'access', pattern: 'who ~1 gave|sold|passed|provided|supplied|handed ~1 you ~1 this|that ~1 address|number|mobile' },
  { kind: 'right', right: 'access', pattern: 'who ~1 you ~2 gave|sold|passed|shared|disclosed|handed|given ~2 @mine ~2 @identity|@personalData|details|number|address|email|info|data|name ~1 to|with' },
  { kind: 'right', right: 'access', pattern: 'know|tell|explain ~3 where|how ~1 you ~2 got|get|obtained ~2 @mine ~2 @identity|@personalData|details|number|address|email|info|data|name' },
  // The same with the data named before: "tell me what the result was and where you got it from"; the recipients as
  // "who received my CV", "please tell me with whom", "with whom it has been shared".
  { kind: 'right', right: 'access', pattern: 'where ~1 you ~1 got|obtained|sourced ~1 it|them ~1 from' },
  { kind: 'right', right: 'access', pattern: 'who ~1 received|accessed|viewed|saw|opened ~1 @mine ~2 @identity|@personalData|details|number|address|email|cv|file|files|mailbox|data' },
  { kind: 'right', right: 'access', pattern: 'tell|inform|explain|know ~2 me|us ~2 with ~1 whom' },
  { kind: 'right', right: 'access', pattern: 'tell|explain ~1 me|us ~1 who ~6 access ~1 to ~1 it|them|my|this|those|these' },
  { kind: 'right', right: 'access', pattern: 'with ~1 whom ~2 it|they|my|this|that ~2 has|have|was|were|is|are ~1 been ~1 shared|disclosed|passed|given' },
  // Recordings of the sender's own calls: "Please provide copies of the recordings of those calls", and what a tool logged
  // about him: "what has been recorded so far".
  { kind: 'right', right: 'access', pattern: 'copy|copies ~2 of ~2 the|all|any ~1 recording|recordings ~2 of ~2 my|those|these ~2 calls|conversations' },
  { kind: 'right', right: 'access', pattern: 'what ~1 has|have ~1 been ~1 recorded|logged|collected|tracked|captured ~2 so ~1 far' },
  { kind: 'right', right: 'access', pattern: 'copy|copies ~2 of ~1 mine' },
  // One's own call recordings: "can I get the recordings of my calls with your helpdesk?"
  { kind: 'right', right: 'access', pattern: 'get|receive|obtain|hear|have ~3 recording|recordings ~2 of ~1 @mine ~1 call|calls|conversation|conversations' },
  { kind: 'right', right: 'objection', pattern: 'don|do ~2 t|not ~2 want ~3 you ~6 use|using|process|share ~3 @mine ~2 @personalData|details|data|number|info|email|address' },
  { kind: 'right', right: 'breach_report', pattern: 'people|customers|recipients|addresses ~3 in ~2 the ~1 cc|to' },
  { kind: 'right', right: 'access', pattern: 'what ~4 you ~2 keep|hold|have|store ~2 about|on ~1 him|her|them' },
  // Our mail went to someone else: "emailed our audit report to another company instead of us".
  { kind: 'right', right: 'breach_report', pattern: 'emailed|sent|mailed|forwarded|went ~20 instead ~1 of ~1 us|me|to' },
  // Telling the reader his rights ("You can withdraw your consent at any time") asks nothing. Leave given for the sender's own
  // data is asked: "Once you have sent it, you can delete my CV".
  { kind: 'hypothetical', pattern: 'you ~2 can|may ~6 withdraw|revoke|unsubscribe|opt|object|request|access|erase|delete|rectify ~1 your|yours|at|any|anytime|it|this|these|that|the|a|an|via|by|through|online|in|from|out|to|using|whenever|here|below|easily|yourself' },
  // A feature for others, not a request: "a banner that lets visitors withdraw consent", "whether we could answer a subject access request".
  { kind: 'hypothetical', pattern: 'let|lets|allow|allows|enable|enables ~2 @hypotheticalSubject|visitors|people|subscribers|members|patients|staff ~4 withdraw|revoke|unsubscribe|opt|object|delete|erase|request|access|download|export' },
  { kind: 'hypothetical', pattern: 'whether ~2 we|they ~1 could|can|would|are ~2 able ~1 to ~2 @handle' },
  { kind: 'hypothetical', pattern: 'whether ~2 we|they ~1 could|can|would ~2 @handle' },
  // "Please correct that note and, until you've checked, don't share it": a correction with a restriction.
  { kind: 'right', right: 'rectification', pattern: 'correct|rectify ~3 this|that|it|note|notes|record|records|entry|entries ~8 until|till|while|meantime' },
  // Asked what is on file, not "the number you have on file for me is wrong".
  { kind: 'right', right: 'access', pattern: 'what|whats ~5 on ~1 file ~2 for|about ~1 me' },
  { kind: 'right', right: 'erasure', pattern: 'bin|shred|trash ~2 the|it ~1 lot|all' },
  // "Then delete the lot" in the plain verbs too, asked: the verb right after "then", "just" or "please" and "the lot" right
  // after it, so "I had to delete the lot of photos" and a parking lot are no object.
  { kind: 'right', right: 'erasure', pattern: 'then|just|please|pls ~1 delete|erase|wipe|purge|remove the lot' },
  { kind: 'right', right: 'erasure', pattern: 'bin|shred|trash ~1 everything' },
  { kind: 'hypothetical', pattern: 'need|require|needs|requires ~3 from ~1 me|us' },
  { kind: 'hypothetical', pattern: 'attached|enclosed|attaching ~4 copy|copies|scan' },
  // An applicant asking how far along his application is: "could you tell me whether my application is still being considered?"
  { kind: 'hypothetical', pattern: 'whether|if ~2 my|our ~1 application|applications|candidacy ~2 is|was|has|are ~2 still|being|been|under ~2 considered|consideration|reviewed|review|received|progressing' },
  { kind: 'hypothetical', pattern: 'status ~2 of ~2 my|our ~1 application|applications|candidacy' },
  // Where to find the sender, not a change: "My current address is below."
  { kind: 'hypothetical', pattern: 'current|present|home ~1 address|details ~2 is|are ~1 below|above' },
  { kind: 'hypothetical', pattern: 'appointment|payment ~1 reminder|reminders|confirmation|confirmations' },
  { kind: 'right', right: 'access', pattern: 'how ~3 did|do ~2 you ~3 get|got|obtain|obtained|come ~3 @mine ~2 @identity|@personalData|details|number|address' },
  { kind: 'right', right: 'access', pattern: 'not|t ~2 know ~3 how|where ~4 you ~3 got|get|obtained ~3 @mine ~2 @identity|@personalData|details|number|address ~6 tell|let|please|explain' },
  { kind: 'right', right: 'access', pattern: 'what ~2 else ~3 you ~2 keep|kept|hold|have|store|stored|collected' },
  { kind: 'hypothetical', pattern: 'you ~2 asked|ask|asking ~6 whether|if ~1 i' },
  // A privacy complaint made to us: about how personal data or a request was handled, or data passed on.
  { kind: 'right', right: 'complaint', pattern: 'complaint|complain ~6 about|regarding|concerning|over ~4 disclosure|disclosing|misuse|processing|publication|publishing|handing|passing|sharing ~4 of|my|her|his|personal|data' },
  // "A formal complaint about the way my personal information was handled", "about how my data has been used".
  { kind: 'right', right: 'complaint', pattern: 'complaint|complain ~6 way|how ~2 @mine|her|his ~3 @personalData ~4 handled|treated|processed|used|shared|disclosed' },
  // A complaint about how a request was answered: "about your failure to respond on time", "about the incomplete answer".
  { kind: 'right', right: 'complaint', pattern: 'complaint|complain ~4 about|regarding|over ~2 your|the ~1 failure ~2 to ~1 respond|reply|answer|comply' },
  { kind: 'right', right: 'complaint', pattern: 'complaint|complain ~8 handling|handled|treatment ~3 of|my|our|her|his ~3 @personalData|request|requests|sar|dsar' },
  // The request named before the verb of handling: "a complaint about the way my request was dealt with". Any request may be
  // handled so ("my repair request"): a privacy complaint beside a privacy request, made or recalled.
  { kind: 'right', right: 'complaint', pattern: 'complaint|complain ~6 way|how ~3 @mine ~3 request|requests|sar|dsar ~2 handled|treated|processed|dealt|answered', weight: 0.7 },
  // The same told with us as the subject: "a formal complaint about the way you dealt with my request and my data".
  { kind: 'right', right: 'complaint', pattern: 'complaint|complain ~6 way|how ~2 you ~2 dealt|handled|treated|processed|answered|managed ~2 @mine ~1 request|requests|sar|dsar|@personalData' },
  // Told as it goes on: "a formal complaint about how you handle my request", "about how you are dealing with my data".
  { kind: 'right', right: 'complaint', pattern: 'complaint|complain ~6 way|how ~2 you ~2 handle|deal|treat|process|answer|manage|handling|dealing|treating|processing|answering|managing ~2 @mine ~1 request|requests|sar|dsar|@personalData' },
  { kind: 'right', right: 'complaint', pattern: 'complaint|complain ~6 @mine ~3 @identity|@personalData|mobile ~3 shared|disclosed|passed|given|sold|leaked|published' },
  // The disclosure told after the verb: "I want to complain, formally, that your technician shared my mobile number with my manager".
  { kind: 'right', right: 'complaint', pattern: 'complaint|complain ~8 shared|disclosed|passed|gave|given|handed|sold|leaked|published ~3 @mine ~3 @identity|@personalData|mobile' },
  { kind: 'right', right: 'complaint', pattern: 'complaint|complain ~6 about|regarding ~2 this|the|that ~1 disclosure|breach|leak|data ~1 breach' },
  // A complaint about the wrong just told, joined to the erasure it asks: "I want to complain about this, and I want the photo
  // deleted", "I wish to file a complaint about this, and I again request erasure of my data".
  { kind: 'right', right: 'complaint', pattern: 'complaint|complain ~2 about ~1 this|it|that ~3 and ~8 delete|deleted|erase|erased|erasure|deletion' },
  // A complaint tied to a privacy wrong in one sentence: "This is a breach of my privacy and I'm making a formal complaint".
  { kind: 'right', right: 'complaint', pattern: 'breach|violation|infringement|invasion ~3 privacy|gdpr ~12 complaint' },
  { kind: 'right', right: 'complaint', pattern: 'complaint ~12 breach|violation|infringement|invasion ~3 privacy|gdpr' },
  // A formal complaint beside the privacy wrong in one sentence: "I want to formally complain about this, and ... my tickets
  // aren't shown to other customers", "while answering a privacy request ... I want this noted as a formal complaint".
  { kind: 'right', right: 'complaint', pattern: 'complaint|complain ~20 shown|visible|exposed|disclosed|leaked ~3 to ~2 other|others|another|everyone|strangers' },
  { kind: 'right', right: 'complaint', pattern: 'shown|visible|exposed|disclosed|leaked ~3 to ~2 other|others|another|everyone|strangers ~20 complaint|complain' },
  { kind: 'right', right: 'complaint', pattern: 'privacy|gdpr ~15 formal|formally ~1 complaint|complain' },
  // Half a complaint each: a formal complaint, and the authority named in another sentence ("I expect you to notify the
  // Dutch DPA. I consider this a formal complaint."); a formal complaint about billing or rude staff alone stays none.
  { kind: 'right', right: 'complaint', pattern: 'consider|treat|regard|take|see ~2 this|it ~2 as|a ~2 formal ~1 complaint', weight: 0.5 },
  { kind: 'right', right: 'complaint', pattern: 'lodge|lodging|file|filing|make|making|raise|raising ~3 formal ~1 complaint', weight: 0.5 },
  { kind: 'right', right: 'complaint', pattern: 'on ~1 record ~2 as ~1 a ~1 formal|complaint', weight: 0.5 },
  // Saying what the mail is lodges it as one: "This is a complaint.", "This email is a formal complaint".
  { kind: 'right', right: 'complaint', pattern: 'this ~2 is ~3 complaint', weight: 0.5 },
  // A request or objection ignored is a privacy grievance: a complaint in its sentence ("I'm filing a complaint about this -
  // ignoring an objection to marketing isn't legal"), half of one beside a formal complaint ("explain why my objection was ignored").
  { kind: 'right', right: 'complaint', pattern: 'complaint|complain ~10 ignoring|ignored ~3 objection|objections|unsubscribe|unsubscribes|request|requests' },
  { kind: 'right', right: 'complaint', pattern: 'objection|objections|request|requests|unsubscribe ~2 was|were|been|being ~1 ignored', weight: 0.5 },
  // The authority named just before: "I expect you to notify the AP. I am also filing a complaint with them myself."
  { kind: 'right', right: 'complaint', pattern: 'complaint ~1 with ~1 them', weight: 0.5 },
  { kind: 'right', right: 'complaint', pattern: 'reporting|report|notifying|notify ~1 it|this ~2 myself', weight: 0.5 },
  { kind: 'right', right: 'complaint', pattern: 'formal|formally ~1 complaint|complain ~15 privacy|gdpr' },
  // "I consider this a violation of my rights and this is a formal complaint."
  { kind: 'right', right: 'complaint', pattern: 'violation|infringement ~2 of ~1 my|our ~1 rights ~12 complaint' },
  // A complaint about how a request was answered: "a formal complaint about the incomplete answer".
  { kind: 'right', right: 'complaint', pattern: 'complaint|complain ~6 about|regarding|over ~3 incomplete|partial|inadequate ~1 answer|response|reply|disclosure' },
  // Data not used until the usual deletion: "not accessed or used ... until they are deleted under your retention
  // schedule" restricts (with the restriction asked beside it); the deletion named is the schedule's, not one asked for.
  { kind: 'right', right: 'restriction', pattern: 'accessed|used|processed ~12 until ~3 deleted|erased|destroyed|purged ~4 under|per|according|by|in ~3 retention|schedule|policy', overrides: 'erasure', weight: 0.3 },
  // The sender's own calls or tickets objected to as material for analysis: "I object to my tickets and calls being used
  // for that" is objection; the calls are the ones he made, not sales calls to stop.
  { kind: 'right', right: 'objection', pattern: 'object|objecting ~2 to ~1 my ~4 calls|tickets|recordings|transcripts|conversations|messages|chats ~3 being|to ~2 used|analysed|analyzed|processed|recorded|stored|fed', overrides: 'unsubscribe' },
  { kind: 'concept', concept: 'recording', pattern: 'my ~4 calls|tickets|recordings|transcripts|conversations|messages|chats ~3 being|to ~2 used|analysed|analyzed|processed|recorded|stored|fed' },
  // The recipients asked in a question of their own: "who else gets my details from you?".
  { kind: 'right', right: 'access', pattern: 'who ~1 else ~1 gets|receives|sees|has ~3 my ~2 details|data|number|email|address|information' },
  // Camera footage of oneself to be received: "I would also like to receive the footage in which I appear".
  { kind: 'right', right: 'access', pattern: 'receive|get|send|see|copy|have|view ~4 footage|recording|recordings|video|videos|images ~3 in ~1 which ~1 i ~1 appear|feature' },
  // Or named as footage of the sender: "I want to see the camera footage of me from that night" (not "you have footage of me").
  { kind: 'right', right: 'access', pattern: 'receive|get|send|see|copy|view|watch ~4 footage|recording|recordings|video|videos ~1 of ~1 me|myself' },
  // A request recalled in a complaint: "how you handled my access request", "failure to comply with Article 15".
  { kind: 'earlierRequest', pattern: 'handled|handling|answered|treated ~3 @mine ~4 request|requests|sar|dsar' },
  // A request told as made before, by anyone, whatever came of it: "In March my father asked you for a copy", "despite his two
  // requests to stop".
  { kind: 'earlierRequest', pattern: 'asked|requested ~1 you ~2 for|to' },
  // Asked more than once, or a deadline to hear from us, chases it: "she asked you twice for a copy", "unless I hear from you by Friday".
  { kind: 'renewal', pattern: 'asked|requested ~3 twice|repeatedly' },
  { kind: 'renewal', pattern: 'unless ~2 i|we ~1 hear|receive|get' },
  { kind: 'earlierRequest', pattern: 'despite|notwithstanding ~4 request|requests|objection|objections|asking' },
  { kind: 'earlierRequest', pattern: 'failure|failed|failing ~3 to ~2 comply|respond|answer|reply' },
  // A request recalled as not honoured: "your failure to delete my data after my explicit request", "after my repeated
  // unsubscribe requests", "either you didn't remove me", "you confirmed that all my data had been deleted".
  { kind: 'earlierRequest', pattern: 'failure|failed|failing ~3 to ~2 delete|remove|erase|unsubscribe|stop|honour|honor' },
  { kind: 'earlierRequest', pattern: 'after ~1 my ~3 request|requests' },
  // How we met the request, told in a complaint: "You refused my request to delete my data", "you responded to my access request
  // with a form letter".
  { kind: 'earlierRequest', pattern: 'refused|rejected|denied|declined|ignored ~2 my|our ~3 request|requests' },
  { kind: 'earlierRequest', pattern: 'responded|replied|reacted ~2 to ~1 my|our ~3 request|requests' },
  { kind: 'earlierRequest', pattern: 'didn|did ~2 t|not ~2 remove|delete|erase ~2 me|my' },
  { kind: 'earlierRequest', pattern: 'confirmed|assured|told|said|claimed|stated|wrote|indicated ~8 was|were|been ~1 deleted|removed|erased' },
  // A request told as past: "I emailed you on 5 January asking for ...", "your reply to my access request".
  { kind: 'earlierRequest', pattern: 'i ~3 emailed|contacted|phoned|called|messaged' },
  // Made of us earlier by the one the sender writes for: "My client asked you on 3 March to erase her data". Asked of the sender's
  // own firm ("she asked us"), it is the request he passes on.
  { kind: 'earlierRequest', pattern: 'client|she|he|ms|mrs|mr|miss ~4 asked|requested ~1 you' },
  // An objection made earlier, by the sender or the one he writes for, is the ground of what he asks now ("I lodged an objection
  // last week ... while you look into it, do not use my data", "my client objected on 3 June"): background, as a request recalled.
  { kind: 'earlierRequest', pattern: 'i|client|she|he|ms|mrs|mr|miss ~3 lodged|raised|registered|made|filed|submitted ~3 objection|objections' },
  { kind: 'earlierRequest', pattern: 'i|client|she|he|ms|mrs|mr|miss ~3 objected' },
  // A request the sender has running, named beside what he asks now, is his history, not asked again: "I have an access request
  // pending and possibly a claim; until then keep my mailbox but do not use it". Not "my request is still pending", which chases it.
  { kind: 'earlierRequest', pattern: 'have|has ~3 request|sar|dsar ~2 pending|outstanding|ongoing|running' },
  // A reminder that names no right: "I have not yet received the data. Could you confirm when I can expect it?"
  { kind: 'renewal', pattern: 'not ~1 yet ~1 received|had|got' },
  // Whether it is done yet, asked above the quoted request: "Has this been done yet?", "Is it sorted yet?".
  { kind: 'renewal', pattern: 'has|have|is ~1 this|that|it ~2 been ~1 done|sorted|handled|processed|actioned|completed ~1 yet' },
  { kind: 'renewal', pattern: 'is ~1 this|that|it ~1 done|sorted|handled ~1 yet' },
  { kind: 'renewal', pattern: 'when ~2 i|we ~1 can ~1 expect' },
  // More reminders that name no right: "Second reminder. It has now been six weeks since my request below.", "Chasing this
  // up. It has now been six weeks and I have had no acknowledgement at all."
  { kind: 'renewal', pattern: 'second|third|final|another ~1 reminder' },
  { kind: 'renewal', pattern: 'chasing ~1 this|my|up' },
  // A message further down the thread pointed to, asked to be seen to: "Please also see Ann's note at the bottom of this thread",
  // "see the message below, nobody picked it up". The quoted mail it points to is read as a reminder's.
  { kind: 'renewal', pattern: 'see|read|check ~4 note|message|mail|email|request ~5 below|bottom' },
  // The request recalled as met with silence, or a deadline to hear from us, chases it: "Not a single word since.", "If I
  // don't hear from you by Friday, I'm going to the ICO.", "unless you confirm the erasure". Repeated,
  // an erasure request is asked again: "I repeat my erasure request".
  { kind: 'renewal', pattern: 'not ~2 one|single ~1 word|reply|answer|response' },
  { kind: 'renewal', pattern: 'if|unless ~1 i ~1 don|do|haven|have ~2 t|not ~2 hear|heard ~3 from|back|anything' },
  { kind: 'renewal', pattern: 'unless ~2 you ~3 confirm|complete|action|carry ~3 deletion|erasure|removal|request' },
  // The ultimatum that points back to what was asked, or threatens the authority as the alternative, chases it too: "If this
  // isn't sorted by the end of the month I'll complain to the ICO", "otherwise I will lodge a complaint"; so does the ask
  // told as made before ("I have asked this before"), which makes the same words now asked again.
  { kind: 'renewal', pattern: 'if ~2 this|that|it ~4 not|isn|hasn ~4 done|sorted|resolved|handled|dealt ~12 complaint|complain|@authority' },
  { kind: 'renewal', pattern: 'otherwise ~6 complaint|complain|@authority' },
  { kind: 'renewal', pattern: 'asked|requested ~2 this|that ~2 before|already|previously|twice' },
  { kind: 'right', right: 'erasure', pattern: 'repeat|reiterate|renew|restate ~2 my|our ~1 erasure|deletion ~1 request' },
  { kind: 'renewal', pattern: 'been ~3 weeks|months ~4 since ~2 my ~3 request|email|letter|mail' },
  { kind: 'renewal', pattern: 'been ~3 weeks|months ~1 and ~4 no|nothing ~1 acknowledgement|response|reply|answer|confirmation' },
  // The go-ahead once the identity is shown, naming the request only in the thread: "Please now go ahead with the deletion."
  { kind: 'renewal', pattern: 'go ~1 ahead|proceed ~2 with ~2 my|the ~1 request|deletion|erasure' },
  { kind: 'earlierRequest', pattern: 'response|reply|answer|acknowledgement ~3 to ~3 my|our ~4 request|sar|dsar' },
  // A request recalled as confirmed or never answered: "your email confirming my erasure request", "my erasure
  // request of 5 January was never answered".
  { kind: 'earlierRequest', pattern: 'confirming|confirmed|acknowledging|acknowledged ~2 @mine ~2 request|requests' },
  { kind: 'earlierRequest', pattern: 'request|requests ~5 never|not ~2 answered|actioned|honoured|honored|dealt' },
  // A platform confirming to us what was done: "Your unsubscribe request has been processed".
  { kind: 'hypothetical', pattern: 'your ~2 request|requests ~1 has|have ~1 been ~1 processed|completed' },
  // A firm telling what it keeps by law: "these are kept for tax purposes only and are not used for anything else".
  { kind: 'hypothetical', pattern: 'these|they|it|which ~1 are|is|will ~2 kept|retained|stored ~3 for ~2 tax|accounting|legal|statutory|fiscal' },
  // An applicant's wish for what happens after the procedure, only supposed: "please delete it after the procedure if I'm not
  // selected"; not "I was not selected. Please delete my CV".
  { kind: 'hypothetical', pattern: 'if ~1 i ~1 m|am ~1 not ~1 selected|successful|chosen|hired' },
  { kind: 'hypothetical', pattern: 'if ~1 i ~1 m|am ~1 unsuccessful' },
  // A relation with us only supposed, the sender asking before he applies, signs up or orders: "If I apply and then change my
  // mind, could I ask you to delete my application?", "before I submit anything", "if I wanted". Not "when I signed up".
  { kind: 'hypothetical', pattern: 'if ~1 i ~1 apply|register|join|order|subscribe|become' },
  { kind: 'hypothetical', pattern: 'if ~1 i ~1 sign ~1 up' },
  { kind: 'hypothetical', pattern: 'before ~1 i ~1 apply|register|join|order|subscribe|submit|sign' },
  { kind: 'hypothetical', pattern: 'if ~1 i ~1 wanted|wished' },
  // An automatic reply told of, not sent: "I have received nothing other than an automatic reply".
  { kind: 'autoReplyReceived', pattern: 'other|more ~1 than ~2 automatic|automated|autoreply' },
  { kind: 'autoReplyReceived', pattern: 'nothing ~1 but ~2 automatic|automated|autoreply' },
  // A mailing's footer without 'are': "You receive this newsletter as a member. Unsubscribe.", "You receive this email because
  // your company is registered as a partner. Unsubscribe | Privacy" (the footer's unsubscribe link asks nothing).
  // Not "please confirm you receive this email".
  { kind: 'footer', pattern: 'you ~1 receive ~3 this|these ~4 because ~1 you|your' },
  { kind: 'footer', pattern: 'you ~1 receive ~3 this|these ~4 as ~1 a|an|our ~3 member|partner|customer|relation|subscriber|client|contact|admin|administrator' },
  // Telling us something, not asking to learn: "I want you to know that I have complained".
  { kind: 'concept', concept: 'notifyMe', pattern: 'want|wanted|like ~2 you ~2 to ~1 know' },
  // To be told it is done, not a copy of the data: "send us written confirmation with the dates".
  { kind: 'concept', concept: 'notifyMe', pattern: 'written|a|an|email|e ~1 confirmation' },
  { kind: 'concept', concept: 'notifyMe', pattern: 'confirmation ~3 when|once|that ~4 done|deleted|erased|removed|completed|actioned' },
  // A list asked for is no mailing list: "a list of everything you've stored about me", "list the third parties informed".
  { kind: 'concept', concept: 'copyOf', pattern: 'list ~1 of ~1 everything|all|what|which' },
  { kind: 'concept', concept: 'copyOf', pattern: 'list ~1 the|all|any ~2 third|recipients|parties|companies|processors|sources' },
  // "There's no reason for you to hold on to my details, so please clear them out."
  { kind: 'concept', concept: 'erase', pattern: 'clear ~2 out' },
  // Gone as wished for, or gone from a place: "I want it all gone", "make sure his data is gone from the database";
  // not data that "has gone to other people" or a sender who has "gone back to my maiden name".
  { kind: 'concept', concept: 'erase', pattern: 'want|wants|wanted|like|need|get ~5 gone' },
  { kind: 'concept', concept: 'erase', pattern: 'gone ~1 from' },
  // The newsletter wanted while something else stops: "please stop, but keep the newsletter coming".
  { kind: 'concept', concept: 'wantsMailing', pattern: 'keep ~4 coming' },
  // A use the sender agrees to while another stops is no copy asked: "I'm happy for you to use my data to deliver the support".
  { kind: 'concept', concept: 'wantsMailing', pattern: 'happy|fine|ok|okay|content ~2 for ~1 you ~2 to ~1 use|keep|process' },
  // Data passed to a third party is no copy for the sender: "do not use my data or send it to a debt collector".
  { kind: 'concept', concept: 'direct', pattern: 'send|pass|give|forward ~3 to ~2 a|the|your|any ~1 debt|collector|collectors|collection|supplier|suppliers|agency|agencies|third|partners' },
  // Data to be spared from a scheduled deletion is kept: "exclude her mailbox from the automatic deletion".
  { kind: 'concept', concept: 'keep', pattern: 'exclude|exempt|excluded|exempted ~8 from ~3 deletion|deletions|purge|purging|removal|cleanup|automatic|scheduled' },
  // Deletion to be halted is data to keep: "stop the scheduled deletion of his inactive mailbox".
  { kind: 'concept', concept: 'keep', pattern: 'stop|cancel|halt|pause|suspend|postpone ~4 deletion|deleting|purge|purging|removal' },
  // Device and account administration: "remote wipe the stolen laptop", "the authorised contacts for change approvals".
  // Goods sold to the sender are a sales pitch, not his data sold: "stop calling me to sell me licences" is marketing to leave.
  { kind: 'concept', concept: 'marketing', pattern: 'sell|selling ~1 me|us', masksWords: true },
  { kind: 'concept', concept: 'adminTask', pattern: 'remote|remotely ~1 wipe|wiped|wiping|lock|locked' },
  // The same with the adverb after the device: "block my account and wipe the laptop remotely", "can you wipe it remotely?"
  { kind: 'concept', concept: 'adminTask', pattern: 'wipe|wiped|wiping ~3 remotely|remote' },
  // Locked and wiped together is how a device is handled once it is gone: "please lock/wipe it", "lock and wipe the phone".
  { kind: 'concept', concept: 'adminTask', pattern: 'lock|block ~1 wipe|wiped|wiping' },
  { kind: 'concept', concept: 'adminTask', pattern: 'authorised|authorized|approved ~1 contacts|contact|users|persons|signatories' },
  { kind: 'concept', concept: 'adminTask', pattern: 'all ~1 staff|hands|employees|users ~2 list|lists|group|distribution|channel' },
  // The users of a customer portal are administered, not erased: "remove the user Kate from the portal list".
  { kind: 'concept', concept: 'adminTask', pattern: 'portal ~1 list|user|users|access|contacts' },
  // Sign-in methods and sharing links are administered: "remove my old phone as an MFA method", "remove the 'Everyone' link".
  { kind: 'concept', concept: 'adminTask', pattern: 'mfa|2fa|authenticator' },
  // A leaver's mailbox turned into a shared one is IT offboarding: "convert his mailbox to shared, give me full access, and
  // delete the account after 60 days".
  { kind: 'concept', concept: 'adminTask', pattern: 'convert|converted|converting ~4 mailbox|mailboxes ~2 to|into ~2 shared' },
  // Mailbox permissions of colleagues are administered: "remove the delegate access currently granted to his manager".
  { kind: 'concept', concept: 'adminTask', pattern: 'delegate|delegated|delegation ~2 access|permission|permissions|rights' },
  { kind: 'concept', concept: 'adminTask', pattern: 'everyone|anyone|sharing|guest ~1 link|links' },
  // Networks and folders are administered: "delete the old guest network and everything on that controller", "help us copy that
  // folder and then close down his account".
  { kind: 'concept', concept: 'adminTask', pattern: 'guest|wifi|wireless|old ~1 network|networks|ssid|ssids' },
  { kind: 'concept', concept: 'adminTask', pattern: 'ssid|ssids|captive ~1 portal' },
  { kind: 'concept', concept: 'adminTask', pattern: 'copy|move|migrate ~2 that|the|this|his|her ~1 folder|folders|onedrive|drive' },
  // A mailbox exported for the firm's own lawyers in its own dispute with a former employee: "put his mailbox on litigation
  // hold and export all mails for our lawyers" (his lawyer or mine asking is a request).
  { kind: 'concept', concept: 'adminTask', pattern: 'for ~1 our ~1 lawyer|lawyers|solicitor|solicitors|attorney|attorneys|counsel' },
  // A sales pipeline is a profile of the person, not a mailing: "keeping me as a contact in your CRM and sales pipeline".
  { kind: 'concept', concept: 'profiling', pattern: 'sales ~1 pipeline|pipelines|funnel' },
  // Consent given 'in full compliance' or 'in line with' the law is no Dutch 'toestemming ... in(trekken)': "profiles are shared
  // with explicit consent and in full compliance with the GDPR", "only with their consent, in line with GDPR". The phrase masks
  // its words, so 'consent ... in' withdraws nothing; "I withdraw my consent, in line with Article 7(3)" still withdraws it.
  { kind: 'concept', concept: 'consentGiven', pattern: 'consent|permission ~2 in ~1 full|line|accordance|compliance', masksWords: true },
  // One more mail of ours received is no one else's: "Yesterday I got ANOTHER email from your sales guy using my name" (not
  // "I received another customer's email", where the person comes between; the words side by side, so that no mailing or
  // marketing word is masked).
  { kind: 'concept', concept: 'received', pattern: 'got|get|received|getting|receiving|receive another email|mail|e|call|text|letter|message', masksWords: true },
  // Being told when it is done, or telling us when, asks to see nothing: "delete my data and tell me when it's done", "just
  // freeze them until I tell you the case is over".
  { kind: 'concept', concept: 'notifyMe', pattern: 'tell ~1 me|us ~1 when|once ~3 done|finished|complete|completed|over|deleted|removed|erased|sorted|gone' },
  { kind: 'concept', concept: 'notifyMe', pattern: 'until|till ~1 i|we ~1 tell|let ~1 you' },
  // Someone else's data seen in one's own portal reports it, it asks to see nothing: "when I open one of my tickets and change
  // the number ... I can see a ticket of a completely different company".
  { kind: 'concept', concept: 'notifyMe', pattern: 'i ~1 can|could ~1 see|view|read|open ~6 another|other|different|someone|somebody' },
  // Asking what is done about it is no access: "I'd like to know how you will make sure my own tickets aren't shown to others".
  { kind: 'concept', concept: 'notifyMe', pattern: 'what ~3 you ~2 are|re|will|plan|intend ~2 doing|do|going ~2 about|to ~2 it|this|that|prevent|stop|make|ensure|fix' },
  { kind: 'concept', concept: 'notifyMe', pattern: 'how ~3 you ~2 will|are|re|plan|intend|going ~3 make ~1 sure|prevent|ensure|stop|fix' },
  // What the sender already sees in a portal, not a wish to see it: "Through the patient portal I can see my treatment notes".
  { kind: 'concept', concept: 'notifyMe', pattern: 'portal|app|website|site|online ~6 i ~1 can|could ~1 see|read|view' },
  { kind: 'concept', concept: 'notifyMe', pattern: 'i ~1 can ~1 see|read|view ~4 in|on|via|through ~2 the|your|my ~1 portal|app|account|website|site' },
  // An attachment announced, not a copy asked for: "she has asked us (by letter, copy attached) to erase her data".
  { kind: 'concept', concept: 'notifyMe', pattern: 'copy|copies|scan ~1 attached|enclosed|included' },
  // A cross-reference to a mail asks to see nothing: "I asked you to delete all my personal data (see my email below)".
  { kind: 'concept', concept: 'notifyMe', pattern: 'see ~2 email|letter|message|mail|attachment ~2 below|attached|enclosed|of|dated|from|sent' },
  // Making sure one is gone: "make sure I'm not in your system anymore".
  { kind: 'right', right: 'erasure', pattern: 'make|making ~1 sure|certain ~4 i|me|my ~6 not|no|longer ~3 in|on ~2 your|any ~1 database|system|systems|records|crm|files' },
  { kind: 'right', right: 'erasure', pattern: 'ensure ~4 i|me|my ~6 not|no|longer ~3 in|on ~2 your|any ~1 database|system|systems|records|crm|files' },
  // Someone reporting our secrets in the open: "I found a plaintext password for your portal in a public repository".
  { kind: 'right', right: 'breach_report', pattern: 'found|discovered|noticed|came ~8 password|passwords|credentials|keys|tokens ~12 public|publicly|plaintext|exposed|accessible' },
  { kind: 'right', right: 'breach_report', pattern: 'found|discovered|noticed|came ~8 public|publicly|exposed|accessible ~8 password|passwords|credentials' },
  // The same with the find described first: "I found a file 'deploy.ps1' in the GitHub account 'qn-techniek' which contains a
  // plaintext password" ("our own repository still has a plaintext password" found nothing).
  { kind: 'right', right: 'breach_report', pattern: 'found|discovered|noticed|came ~14 plaintext|cleartext|hardcoded ~1 password|passwords|credentials' },
  // A copy of one's data as CSV or JSON adds portability: "a CSV export", "a JSON download".
  { kind: 'right', right: 'portability', pattern: '@portable ~2 export|download|dump|extract ~2 of ~4 @mine|@personalData|everything|me' },
  // What was saved about one: "Can you tell me what you saved from that chat?"
  { kind: 'right', right: 'access', pattern: 'tell|show ~2 me|us ~2 what|which ~4 you ~3 saved|stored|kept|recorded|logged|collected|retained' },
  // Identification lines name addresses the sender used; they ask nothing of them.
  { kind: 'hypothetical', pattern: 'identification|identify|locate ~8 address|addresses|email|number|name|account' },
  // A request already granted and thanked for: "I asked for deletion last year and you did it, thanks".
  { kind: 'hypothetical', pattern: 'you ~3 did|completed|handled|actioned|processed ~1 it|that|this|so|promptly ~3 thanks|thank' },
  // Our own deletion plan recalled ("your notice that my account will be removed"): the plan asks nothing of us.
  { kind: 'hypothetical', pattern: 'notice|notified|informed|told|heard|plan|plans|planning|scheduled ~8 be|have|get ~3 removed|deleted|erased|wiped' },
  // The same plan in our mail quoted back: "your cancellation confirmation says my archive will be deleted after 30 days".
  { kind: 'hypothetical', pattern: 'your ~1 email|mail|letter|message|notice|confirmation ~6 says|said|states|stated|that ~14 will ~1 be ~1 deleted|removed|erased|wiped|purged' },
  // A legal retention granted: "I understand you have to keep the invoices for tax reasons" keeps nothing else back.
  { kind: 'hypothetical', pattern: 'understand|appreciate|realise|realize|accept|aware ~6 have|need|required|obliged|must ~2 to ~1 keep|retain|be ~5 tax|accounting|bookkeeping|legal|law' },
  // Service mail by another channel ("stop sending me paper bills, email is fine") is no marketing; the words side by side,
  // not "your paper container - invoices and customer lists" left in the street.
  { kind: 'hypothetical', pattern: 'paper|printed bill|bills|invoice|invoices|statement|statements' },
  // A finished request acknowledged: "I got the confirmation that my details have been removed".
  { kind: 'hypothetical', pattern: 'got|received ~3 the|your ~1 confirmation' },
  // The erasure seen done by the sender himself ("my data is gone, I see", "I see that my account has been deleted"): told, not
  // asked. The words are next to each other, so "I see my data is still not deleted" stays a chase, and the seer is
  // the sender now: "delete it so I can see it is gone" asks.
  { kind: 'hypothetical', pattern: 'i|we see|saw ~3 is|are|was|were deleted|gone|erased|removed' },
  { kind: 'hypothetical', pattern: 'i|we see|saw ~3 has|have been deleted|erased|removed' },
  { kind: 'hypothetical', pattern: 'is|are|was|were deleted|gone|erased|removed i|we see|saw' },
  // Files lost from a drive or a folder are an IT problem told, no erasure asked: "all my data is gone from onedrive??",
  // "al mijn gegevens zijn weg van de gedeelde schijf".
  { kind: 'hypothetical', pattern: 'is|are|zijn|ist|sind ~1 gone|weg|verdwenen|verschwunden ~2 from|van|uit|aus|von ~3 onedrive|sharepoint|schijf|drive|map|folder|ordner|laptop|computer|pc|server|share|teams|outlook|mailbox|postfach' },
  { kind: 'hypothetical', pattern: 'thanks|thank ~3 for ~2 confirming' },
  // A file of ours thanked for as sent asks nothing: "Thanks for sending the export", "thank you for the ZIP with my data". Not
  // thanks given ahead of a sending asked ("thanks in advance for sending it").
  { kind: 'hypothetical', pattern: 'thanks|thank|thx ~1 for sending|providing|forwarding' },
  // Our sign-off thanked for as done: "Thanks for unsubscribing me", "thank you for taking me off the list"; not thanks ahead.
  { kind: 'hypothetical', pattern: 'thanks|thank|thx ~1 for taking ~1 me|us ~1 off' },
  { kind: 'hypothetical', pattern: 'thanks|thank|thx ~1 for unsubscribing|removing ~1 me|us' },
  { kind: 'hypothetical', pattern: 'thanks|thank|thx ~1 for the|your ~1 copy|export|zip|file|files|csv|download|overview' },
  // The answer to a request, sent or received, asks nothing: "I've sent the answer to the access request from Mr X today",
  // "please find enclosed the personal data our company holds about him".
  { kind: 'hypothetical', pattern: 've|have|has|had ~1 sent|posted|emailed ~2 the|our|my ~1 answer|reply|response ~2 to ~3 access|erasure|deletion|sar|dsar|subject' },
  { kind: 'hypothetical', pattern: 'find ~1 enclosed|attached ~2 the|all ~3 data|information ~4 we|our ~2 hold|holds|company|records' },
  // Our own acknowledgement of a request asks nothing: "We have received your request for access to your personal data",
  // "We have received a request for access to your personal data, submitted on your behalf by ...", "Acknowledgement of your
  // subject access request". Not "we've received a request from a former employee", a customer passing one on.
  { kind: 'hypothetical', pattern: 'we|ve ~2 received ~1 your ~3 request|requests ~3 for|to|of|concerning|regarding' },
  { kind: 'hypothetical', pattern: 'we|ve ~2 received ~1 a ~1 request ~6 your ~1 @personalData' },
  { kind: 'hypothetical', pattern: 'acknowledgement|acknowledgment|confirmation ~2 of ~1 your ~4 request' },
  // What we promise to send: "You will receive a copy of your personal data together with the information listed in Article 15(1)".
  { kind: 'hypothetical', pattern: 'you ~1 will|ll ~1 receive ~3 copy|copies|overview|answer|response|reply' },
  // A finished request closed by the requester: "That's all I needed, you can close this", "you can close it".
  { kind: 'hypothetical', pattern: 'you ~1 can|may ~1 close ~1 it|this|the ~1 case|ticket|request' },
  // The unsubscribe link as a thing to build or repair: "the unsubscribe link in our footer gives a 404".
  { kind: 'hypothetical', pattern: 'unsubscribe|unsubscribes ~1 link|links|button|buttons|footer|mechanism' },
  // An unsubscribe by accident, to be undone: "I hit unsubscribe by mistake, please put me back on".
  { kind: 'hypothetical', pattern: 'unsubscribe|unsubscribed ~4 by ~1 accident|mistake' },
  { kind: 'hypothetical', pattern: 'accidentally|mistakenly|inadvertently ~3 unsubscribe|unsubscribed|opted' },
  // Leaving a membership or a course is no mailing: "I'd like to unsubscribe from my membership", "from the optional module".
  { kind: 'hypothetical', pattern: 'unsubscribe|unsubscribed|unsubscribing ~4 membership|memberships|module|modules|course|courses|class|classes|gym|contract|plan|lessons' },
  // A delivery short of an item: "my order arrived but the phone case was missing".
  { kind: 'hypothetical', pattern: 'order|parcel|package|delivery ~4 arrived|came|delivered ~8 missing|broken|damaged' },
  // The writer offering to remove or delete for the reader asks nothing of us: a sales mail's "I'll remove you from my
  // list", a scam's "if you want me to delete all your data ... I will erase everything".
  { kind: 'hypothetical', pattern: 'i|we ~1 ll|will|shall ~3 remove|delete|erase|wipe ~1 you|everything' },
  { kind: 'hypothetical', pattern: 'if ~1 you ~1 want|wish|would ~2 me|us ~1 to' },
  // A misdirected mail the sender deleted himself asks nothing of us: "deleting it but thought you should know".
  { kind: 'hypothetical', pattern: 'deleting|shredding|binning ~1 it|them' },
  { kind: 'hypothetical', pattern: 'i|ve|have|already|just ~2 deleted|destroyed|shredded|binned ~1 it|them|the|this|that ~1 email|mail|message|e|attachment|letter|document|file' },
  { kind: 'hypothetical', pattern: 'i|ve|have|already|just ~2 deleted|destroyed|shredded|binned ~1 it|them' },
  // A customer telling what he erased himself asks nothing of us: "I deleted his account in the shop admin".
  { kind: 'hypothetical', pattern: 'i|we ~2 deleted|removed|erased ~1 his|her|their ~1 account|accounts|profile|data|details' },
  // A deletion promised in the past, recalled in a complaint: "your newsletter came to the very address you promised to delete".
  { kind: 'hypothetical', pattern: 'promised|assured ~3 to ~1 delete|remove|erase|stop' },
  // Legal advice taken before instructing us is no dispute: "we have checked with our lawyer and we are not required to retain".
  { kind: 'hypothetical', pattern: 'we ~2 checked|consulted|asked ~3 our|a|the ~1 lawyer|lawyers|solicitor|solicitors|counsel' },
  // A procedural question about later: "if I ever wanted my data removed, how would that work?"
  // Not "if I ever gave consent for that, I hereby withdraw it", which withdraws it now.
  { kind: 'hypothetical', pattern: 'if ~1 i ~1 wanted|decided|chose|wished' },
  // The sender's firm asking whether it must notify the authority asks no complaint: "Do we have to report this to the AP
  // ourselves?".
  { kind: 'hypothetical', pattern: 'do|should|must ~1 we ~2 need|have ~1 to ~3 report|notify' },
  { kind: 'hypothetical', pattern: 'should|must ~1 we ~3 report|notify' },
  // What the sender's firm must hand over to its own requester, asked as a question of duty: "Do we have to give him emails with
  // other people's names in them?". What those mails hold is the request's content, not a leak.
  { kind: 'hypothetical', pattern: 'do|must|should ~1 we ~1 have|need ~1 to ~3 give|send|hand|provide|disclose|include|share|search' },
  { kind: 'hypothetical', pattern: 'if ~1 i ~1 ever ~1 want|wanted|need|needed|decide|decided|wish|wished|choose|chose|end|ended|cancel|cancelled|canceled|leave|left|move|moved|ask|asked|stop|stopped|switch|switched|close|closed|change|changed' },
  { kind: 'hypothetical', pattern: 'if ~1 i|we ~1 ask|asked|request|requested' },
  // The sender's own contract end supposed, and a wish he may have one day: "if i cancel would you delete my
  // data by yourselves?", "I might want you to erase my data one day", "if I did ask for that".
  { kind: 'hypothetical', pattern: 'if ~1 i|we ~1 cancel|end|leave|stop|terminate|switch|quit|wanted|decided|chose' },
  // "If I unsubscribe, do the invoices still come by mail?" asks what follows, not the sign-off.
  { kind: 'hypothetical', pattern: 'if ~1 i|we ~1 unsubscribe|opt' },
  // A supposition asked: "Could it be that I was taken off the list by mistake?".
  { kind: 'hypothetical', pattern: 'could|can ~1 it ~1 be ~1 that' },
  { kind: 'hypothetical', pattern: 'i|we ~1 might|may ~2 want|wish|decide|choose ~2 to' },
  { kind: 'hypothetical', pattern: 'if ~1 i|we ~1 did ~1 ask|request' },
  { kind: 'hypothetical', pattern: 'if ~1 i|we ~1 were ~1 to' },
  // Questions before signing up ask nothing of us: "Before I sign up for your newsletter: ... can I unsubscribe easily?"
  { kind: 'hypothetical', pattern: 'before ~1 i|we ~1 sign|subscribe|register|join|enrol|enroll' },
  // A typo pointed out is about the text: "there's a typo in your newsletter footer, it says 'Unsubcribe'".
  { kind: 'hypothetical', pattern: 'typo|typos ~4 footer|newsletter|website|page|link|button' },
  // Someone else's wish told, to be asked by himself: "Tom also wants his details removed but he'll email you himself".
  { kind: 'hypothetical', pattern: 'email|contact|write|mail|call|ask ~2 you|us ~1 himself|herself|themselves' },
  // Staff noting for the register what was done: "for the register: removed her from the mailing tool after her reply".
  { kind: 'hypothetical', pattern: 'for ~1 the|our ~1 register|log' },
  // Objecting to a fee or a bill disputes a charge, not processing: "I object to the EUR 75 change fee".
  { kind: 'hypothetical', pattern: 'object|objecting|objection ~5 fee|fees|charge|charges|invoice|bill|price|increase|fine|penalty|surcharge' },
  { kind: 'hypothetical', pattern: 'when|whenever ~2 someone|somebody|anyone|a ~1 customer|client ~2 asks|requests|wants|sends|invokes' },
  // Press releases and sales pitches mention rights as their topic.
  { kind: 'informational', pattern: 'news|press ~1 release|releases' },
  { kind: 'informational', pattern: 'notes ~2 to ~1 editors' },
  // Reporters asking for a comment write about breaches and requests and report none: "Request for comment", "I'm a reporter at ...".
  { kind: 'informational', pattern: 'journalist|journalists|reporter|reporters' },
  { kind: 'informational', pattern: 'request|requests ~1 for ~1 comment|comments' },
  { kind: 'informational', pattern: 'press ~1 enquiry|enquiries|inquiry|inquiries|team|office|contact' },
  { kind: 'hypothetical', pattern: 'available|willing|open ~4 interview|comment' },
  // Surveys and analyses give figures about others: "a new survey shows that 61% suffered a breach, yet only 18% reported it".
  { kind: 'hypothetical', pattern: 'survey|study|poll|research ~12 shows|show|finds|found|reveals|revealed|suggests' },
  { kind: 'hypothetical', pattern: 'published|publishes ~1 its|their ~1 analysis|report|findings|study|research' },
  // Phishing demands a confirmation by a deadline and threatens a deletion: "confirm your identity within 12 hours",
  // "failure to confirm will result in permanent deletion of your data".
  { kind: 'informational', pattern: 'confirm|verify|validate ~3 your ~1 identity|password|credentials|account|login|details ~4 within' },
  { kind: 'informational', pattern: 'restore|reactivate|unlock ~2 access|account|mailbox' },
  { kind: 'informational', pattern: 'unusual|suspicious ~1 sign|login|logon|activity' },
  { kind: 'hypothetical', pattern: 'failure|failing ~2 to ~1 confirm|verify|validate' },
  { kind: 'hypothetical', pattern: 'result|results ~1 in ~3 deletion|suspension|closure' },
  // Breach alerts a domain owner signed up for: "You've been pwned", "you signed up for notifications when your domain appeared in a breach".
  { kind: 'informational', pattern: 'pwned' },
  { kind: 'informational', pattern: 'signed ~1 up ~2 for ~3 notifications|notification|alerts|alert' },
  { kind: 'informational', pattern: 'immediate ~1 release' },
  { kind: 'informational', pattern: 'media ~1 enquiries|inquiries|contact|contacts' },
  // Bulletins and newsletters about data protection: "In this issue", "Key takeaways", "Read the full briefing".
  { kind: 'informational', pattern: 'bulletin|briefing|takeaways|judgment|judgement|edition' },
  { kind: 'informational', pattern: 'in ~1 this ~1 issue|edition' },
  // Privacy news digests: "IAPP Daily Dashboard", "EDPB finalises guidelines on the right of access", "Dutch DPA fines
  // company over ignored erasure requests".
  { kind: 'informational', pattern: 'guidelines|digest|dashboard|roundup|newsroom' },
  { kind: 'informational', pattern: 'fines|fined ~3 company|companies|retailer|retailers|firm|firms|hospital|organisation|organization|bank|council' },
  { kind: 'informational', pattern: 'imposed|issued ~2 a|its ~1 fine' },
  { kind: 'informational', pattern: 'read|view ~1 online|more' },
  { kind: 'informational', pattern: 'view ~2 in ~1 browser' },
  // An exercise, not an incident: "a data breach tabletop exercise (scenario: lost laptop)".
  { kind: 'hypothetical', pattern: 'tabletop|simulated|simulation' },
  { kind: 'informational', pattern: 'automate|automates|automating|demo|demos' },
  { kind: 'informational', pattern: 'book|schedule ~3 minutes|call|demo|slot' },
  // A sales pitch asking for a meeting: "Would you be open to a 20-minute call next week?"
  { kind: 'informational', pattern: 'minute|minutes ~1 call|chat|demo|meeting|intro' },
  { kind: 'informational', pattern: 'open ~1 to ~3 call|chat|demo|meeting' },
  // The same offered as a consultation: "Book a free 15-minute consultation", "a free consultation with one of our DPOs".
  { kind: 'informational', pattern: 'free|minute|minutes ~2 consultation|consultations|consult' },
  // Contract negotiation: clauses and annexes of a processing agreement name rights as terms.
  { kind: 'informational', pattern: 'clause|clauses|annex|subprocessors|redline|redlines' },
  { kind: 'informational', pattern: 'sub ~1 processors|processor' },
  { kind: 'informational', pattern: 'tracked ~1 changes' },
  // Events and research about requests name them as topics: "Keynote: five years of GDPR fines", "Early bird tickets", "Call
  // for speakers", "I'm a PhD researcher studying how SMEs handle access requests ... Participation is voluntary".
  { kind: 'informational', pattern: 'keynote|keynotes|summit|speakers|conference' },
  { kind: 'informational', pattern: 'early ~1 bird' },
  { kind: 'informational', pattern: 'phd|researcher|researchers|dissertation|thesis' },
  { kind: 'informational', pattern: 'participation ~2 is ~1 voluntary' },
  { kind: 'informational', pattern: 'anonymous|anonymised|anonymized ~1 interview|interviews|survey|questionnaire' },
  // Sales mail and phishing scare with fines and costs: "Regulators can fine you up to 4% of turnover", "a fine of up to EUR
  // 20,000,000", "the average cost of a data breach", "Get a quote in 2 minutes".
  { kind: 'informational', pattern: 'fine|fines ~4 up ~1 to' },
  { kind: 'informational', pattern: 'fines ~2 can|could|may ~1 reach|total|run' },
  { kind: 'informational', pattern: 'average ~1 cost|costs|price' },
  { kind: 'informational', pattern: 'get|request ~1 a|your|free ~1 quote|quotation' },
  // Staff reporting on a request they handle name it by its topic word only: "Quick update: the SAR from Mr P. is done ...
  // I've logged it in the register. Can you close the case on your end?", "I've put my notes in the SAR folder. Still waiting
  // on the pastoral team".
  { kind: 'informational', pattern: 'quick|brief|short|status ~1 update' },
  // A request passed on that the sender's own firm already answered, and nothing for us to do: "we answered it ourselves last
  // week", "already dealt with on our side", "nothing needed from you".
  { kind: 'informational', pattern: 'answered|handled|dealt|sorted|done ~3 ourselves' },
  { kind: 'informational', pattern: 'already ~2 answered|handled|dealt|sorted|done ~4 on|at|by ~1 our|us ~1 side|end' },
  { kind: 'informational', pattern: 'nothing ~2 needed|required ~2 from|of ~1 you' },
  // ... also as no action, as passed on for the archive only, or as one we handled ourselves earlier: "No action needed", "for
  // archiving only", "you had already handled it in May".
  { kind: 'informational', pattern: 'no ~1 action ~2 needed|required|necessary' },
  { kind: 'informational', pattern: 'for ~1 archiving|archival|archive ~1 only|purposes' },
  { kind: 'informational', pattern: 'you ~1 had ~1 already ~2 handled|dealt|answered|processed' },
  { kind: 'informational', pattern: 'logged|recorded|noted|closed|entered ~4 in|into ~1 the|our ~1 register|registry' },
  { kind: 'informational', pattern: 'close ~1 the|this|that ~1 case|ticket|request ~3 on ~1 your|my|our ~1 end|side' },
  { kind: 'informational', pattern: 'still ~1 waiting ~1 on|for ~1 the ~3 team|department|colleagues' },
  { kind: 'informational', pattern: 'folder|folders ~2 on|in ~1 the ~1 shared ~1 drive' },
  // Staff sharing out the work on a request: "DSAR from Ms F. - who's picking this up? ... I'll draft the reply", "who's
  // covering the privacy mailbox?", "A few thoughts before we reply". Not "who is handling my request?", a chaser.
  { kind: 'informational', pattern: 'draft|drafts|drafting|drafted ~2 reply|answer|response' },
  { kind: 'informational', pattern: 'before ~1 we|i ~1 reply|answer|respond' },
  { kind: 'informational', pattern: 'who ~1 s|is ~2 picking|covering' },
  { kind: 'negation', language: 'en', pattern: 'nobody|not|never|no|nothing|neither|nor|without|don|doesn|didn|won|isn|aren|cannot|shouldn|wouldn' },
  { kind: 'hypothetical', pattern: 'if|suppose|whenever ~5 @hypotheticalSubject|someone|somebody' },
  // Whether a step can be done at all, asked: "could you also remove it from the backups, or is that technically impossible?".
  { kind: 'hypothetical', pattern: 'or ~1 is ~1 that|it|this ~1 technically ~2 possible|impossible|feasible' },
  // What the sender meant to do and did not: "We were about to report you to the regulator, but it was the other shop."
  { kind: 'hypothetical', pattern: 'i|we ~1 was|were ~1 about ~1 to' },
  // Our question told back and declined: "You asked if you should remove my profile: no, keep it".
  { kind: 'hypothetical', pattern: 'you ~1 asked ~2 whether|if ~10 no ~3 need|necessary|keep|fine|thanks' },
  { kind: 'hypothetical', pattern: 'in ~1 case ~5 @hypotheticalSubject|someone|somebody' },
  // A device supposed lost, for a policy or a procedure: "If a laptop gets lost, who do we call?". Not "when an employee's
  // laptop was stolen", which tells an event.
  { kind: 'hypothetical', pattern: 'if|whenever|suppose ~1 a|an ~3 goes|go|gets|get|were|is|are ~1 missing|lost|stolen' },
  // One of the sender's own people supposed, whatever they are called: "if one of our waiters lost his phone", "if one of my
  // staff ever asked to have their data deleted". Not "if any of my data is left", which asks.
  { kind: 'hypothetical', pattern: 'if|once|whenever|suppose ~1 one ~1 of ~1 our|them' },
  { kind: 'hypothetical', pattern: 'if|once|whenever|suppose ~1 one ~1 of ~1 my ~2 staff|team|employees|workers|drivers|colleagues|people|clients|customers|patients|tenants|members|students|pupils' },
  // A request supposed of someone named by a pronoun, in a firm's question about its own staff or clients: "if one of them asks
  // for a copy of all his emails", "once she requests her file".
  { kind: 'hypothetical', pattern: 'if|once ~1 he|she|one ~3 asks|ask|requests|demands|wants' },
  // A request told as what happens in general, in a webinar, template or procedure: "when a former employee asks for a copy
  // of all their data", "the template we send when someone submits a SAR"; not a request told as past ("when she asked").
  { kind: 'hypothetical', pattern: 'when|whenever ~5 @hypotheticalSubject|someone|somebody|anyone|employees|patients|students|parents|visitors|members ~3 asks|ask|submits|submit|requests|request|wants|want|demands|demand|exercises|exercise|sends|send' },
  { kind: 'hypothetical', pattern: 'how ~3 do|should|can|would|to|must ~3 we|you|i|one ~3 @handle' },
  { kind: 'hypothetical', pattern: 'how ~2 to ~3 @handle' },
  { kind: 'hypothetical', pattern: 'what|how about' },
  { kind: 'hypothetical', pattern: 'what ~3 do|should ~2 we|i ~3 do' },
  // A supplier's questionnaire to fill in asks how requests are handled; a questionnaire the sender gets after a visit is a survey.
  { kind: 'hypothetical', pattern: 'security|vendor|supplier|diligence|gdpr|privacy|risk|insurance|health|assessment|compliance ~3 questionnaire|questionnaires' },
  { kind: 'hypothetical', pattern: 'complete|completed|fill|filled|attached|return ~4 questionnaire|questionnaires' },
  { kind: 'hypothetical', pattern: 'questionnaire|questionnaires ~4 attached|questions|covering|covers|due' },
  // A leaver's mailbox exported for the firm's own archive: "Please export his mailbox to PST and save it to our archive
  // share, convert the mailbox to shared"; no one asked for a copy ("delete my data, don't just put it in the archive" is
  // no export and stays read).
  { kind: 'hypothetical', pattern: 'export|exports|exported ~8 save|store|put|place|drop|upload|move ~3 in|on|to|into ~2 our|the ~1 archive' },
  // A firm's own breach notified to the authority, told as a fact or figure: "any reports on data breaches the council
  // reported to the ICO", "companies that suffered a breach reported it to the AP within 72 hours"; no complaint.
  // Only to the authority ("the breach reported to you on Monday is still open" stays read), and not "a breach I reported
  // to the ICO this morning", the sender's own complaint.
  { kind: 'hypothetical', pattern: 'breach|breaches reported|notified ~2 to ~1 the|a|an|its|their ~2 ico|ap|authority|authorities|regulator|regulators|dpa|autoriteit|commissioner|cnil|dpc|watchdog|supervisory' },
  { kind: 'hypothetical', pattern: 'breach|breaches ~1 the|their|its ~1 council|company|firm|organisation|organization|controller|companies|firms|organisations|organizations|business|businesses|school|hospital ~1 reported|notified ~2 to ~1 the|a|an|its|their ~2 ico|ap|authority|authorities|regulator|regulators|dpa|autoriteit|commissioner|cnil|dpc|watchdog|supervisory' },
  // Asking for a processing agreement ("could you send us your processing agreement?"); not an instruction under one's own:
  // "pursuant to clause 9 of our Data Processing Agreement, we instruct you to delete ...".
  { kind: 'hypothetical', pattern: 'a|an|the|your|this ~2 processing|processor ~2 agreement|addendum' },
  // Objections outside data protection: "I wish to object to planning application WB/26/0114".
  { kind: 'hypothetical', pattern: 'object|objection|objecting|objections ~3 planning ~1 application|applications|permission|permit' },
  { kind: 'hypothetical', pattern: 'do ~2 you ~3 have ~3 a|any ~3 procedure|process|policy' },
  // Not getting into one's own mail or account any more is a lockout for IT, no mail to stop: "I can't get into my email anymore".
  { kind: 'hypothetical', pattern: 'can|cant|cannot|couldn|couldnt ~3 get|log ~2 into|in ~2 my ~1 mail|email|emails|mailbox|account|outlook|inbox' },
  { kind: 'stopword', language: 'en', pattern: 'the|and|to|of|is|you|that|it|for|my|me|this|with|have|please|would|your|are|be|from|on|we|our|regards|thanks|hereby|request|data|any|all|about' },
  // "Never signed up" denies the sign-up, not the request beside it in the clause: "stop emailing me i never signed up for this".
  { kind: 'deniesNothing', pattern: 'never ~3 signed|subscribed|registered|opted|joined' },
];
