"""Generator for mixed_reports_news.tsv (ai-model-sentiment training data).

All texts were written by hand for this file. Each data line is
    <voice> <kind> | <text> | <target>=<label> ; <target>=<label> ...
with voice codes r=reddit h=hn b=blog_review n=news bp=benchmark_post v=vendor,
kind codes s=sentence c=comparative q=quoted_comment (sentence/comparative is
re-derived from the number of labelled targets), labels + - 0.
Lines starting with "## " set the phenomenon tag for the lines below.
Run: python3 mixed_reports_news_rows.py  (writes the TSV next to this script).
"""
import os

from rowtools import report, write_tsv

DATA = r"""
## mixed_verdict
b s | The ChatGPT desktop app still feels clunky, but GPT-5 itself is the best general-purpose model I've used this year. | GPT-5=+ ; ChatGPT=-
b s | Gemini 2.5 Pro posts terrific benchmark numbers, but in day-to-day coding it wanders off-task and rewrites files nobody asked it to touch. | Gemini 2.5 Pro=-
b s | The rate limits on the Pro plan are maddening, but Opus 4.1 is simply the strongest refactoring partner I have worked with. | Opus 4.1=+
n s | Fast and cheap, though few of the engineers we spoke to would trust Grok Code Fast with a database migration. | Grok Code Fast=-
r q | llama 3.3 70b is slow on my 3090 and the quant eats all my vram, but honestly the output quality makes it worth the wait | llama 3.3 70b=+
h q | DeepSeek-V3.2 is absurdly cheap per token. It also gets lost in any repo bigger than a toy project, so I stopped using it. | DeepSeek-V3.2=-
b s | Kimi K2's writing is crisp and its tool calls are reliable; the only real downside is a sluggish API during peak hours in Asia. | Kimi K2=+
bp s | Qwen3-235B wins a handful of math categories and drops a handful of coding ones, leaving it roughly where we expected overall. | Qwen3-235B=0
n s | The pricing page is confusing and the naming is worse, yet Mistral Medium 3 itself has quietly become a favourite among European enterprise buyers. | Mistral Medium 3=+
b s | I wanted to love o3-pro, and the reasoning traces are genuinely impressive. But waiting four minutes for a wrong answer gets old very fast. | o3-pro=-
h q | Haiku 4.5 is not the smartest thing out there, sure, but for the price it's the one I reach for in every pipeline. | Haiku 4.5=+
n s | Early testers praised Gemini 3 Pro's multimodal reasoning while noting that its agentic coding still trails rivals, leaving first impressions decidedly mixed. | Gemini 3 Pro=0
b s | Codestral is great at SQL and hopeless at Rust; whether it earns a place in your editor depends entirely on your stack. | Codestral=0
r q | the copilot extension crashes every other day but the completions are so good i keep reinstalling it lol | copilot=+
b s | Llama 4 Maverick has an enormous context window on paper. In practice recall collapses long before 200K tokens, which makes the headline figure mostly marketing. | Llama 4 Maverick=-
n s | Despite a rocky launch marred by capacity errors, GPT-4.1 has become the default in many coding tools thanks to its steady instruction following. | GPT-4.1=+
b s | R1 burns thousands of tokens second-guessing simple arithmetic, and its answers can be maddeningly verbose. For competition math, though, nothing open comes close. | R1=+
h q | Gemma 3 27B runs fine on a single card and the vision is decent. The refusals, though, make it useless for anything medical. | Gemma 3 27B=-
b s | The Mistral Large 2 API has been rock solid for us; the model, unfortunately, has fallen well behind newer open-weight rivals on reasoning. | Mistral Large 2=-
v c | Nova Lite trades some accuracy for raw speed, while Nova Pro delivers frontier-grade quality at a fraction of the usual cost. | Nova Lite=0 ; Nova Pro=+
bp s | GLM-4.6 trails the leaders on SWE-bench Verified by a few points, but at roughly a fifth of the price it is the clear value pick in our table. | GLM-4.6=+
bp s | Impressive on AIME, forgettable on everything else: Magistral Medium's profile is much narrower than the launch post suggested. | Magistral Medium=-
b c | The o4-mini model is excellent; the ChatGPT model picker that hides it behind three menus is not. | o4-mini=+ ; ChatGPT=-
r q | grok 4 is smart, no question. but the weird answers whenever its owner comes up make it a hard no from me | grok 4=-
n s | Phi-4 punches above its weight on math benchmarks, though testers found its general knowledge thin and its code uneven enough to rule it out for production. | Phi-4=-
b s | Command A will not top any leaderboard, but for retrieval-heavy enterprise work it is dependable in a way few models are. | Command A=+
h q | Devstral's tool use is shaky and it loops on failing tests. That said, it's the only agentic coder I can run entirely on my laptop, and that's worth a lot to me. | Devstral=+
b s | Kimi K2 Thinking reasons carefully and its long chains stay coherent; it is also slow enough that we could not ship it in anything user-facing. | Kimi K2 Thinking=-
bp s | MiniMax M2 does well on Terminal-Bench and poorly on Aider polyglot, which puts it squarely mid-table among open-weight models. | MiniMax M2=0
n c | Gemini 2.0 Flash is cheaper and quicker but less capable than its Pro sibling, a trade-off Google describes as deliberate. | Gemini 2.0 Flash=0
b s | Beautiful prose, terrible facts. I would not let GPT-4.5 anywhere near a research summary. | GPT-4.5=-
b s | GPT-4.5 hallucinates more than I'd like, but nothing else writes dialogue this natural, and for fiction that is what matters. | GPT-4.5=+
r q | sonnet 4.5 in claude code is incredible. the weekly limits are annoying but whatever, still worth every cent | sonnet 4.5=+
n s | Qwen3-Coder impressed early users with repository-level edits, although most of those we contacted said it stumbled outside Python and would not replace their current tools. | Qwen3-Coder=-
b s | Yes, R1-0528 is slow and the official chat UI is bare-bones. It is also the most capable open reasoning model you can download today. | R1-0528=+
h q | o3 is brilliant when it works and lies confidently when it doesn't, and I can't tell which is which without checking everything. Dealbreaker. | o3=-
b s | Nemotron's fine-tuned variants follow instructions well, but the licence terms and awkward sizes will keep most hobbyists away from it. | Nemotron=-
n s | Llama 3.1 405B remains expensive to serve and awkward to host, yet researchers still describe it as the most reliable open baseline they have. | Llama 3.1 405B=+
bp s | Claude 3.7 Sonnet lost ground to newer models on GPQA but held its lead on our agentic coding suite, the result most readers care about. | Claude 3.7 Sonnet=+
b s | Gemini Flash-Lite is almost free and absurdly fast; it is also wrong often enough that you end up paying for a second model to check its work. | Gemini Flash-Lite=-
r q | gpt-oss-120b: fits on one H100, permissive license, tool calling works. knowledge is thin and it makes stuff up, but for a local agent it's the best i've found | gpt-oss-120b=+
n s | The redesigned Copilot app drew criticism for burying features, but reviewers agreed its answers are noticeably sharper than before. | Copilot=+
b s | Yi-Lightning tops the price-performance charts, but its English output has an odd, stilted rhythm that our readers spotted immediately. | Yi-Lightning=-
h q | ERNIE 4.5 is decent at Chinese-language tasks and behind everything else at English ones. Neither great nor terrible. | ERNIE 4.5=0
b s | The Perplexity interface is slick. Sonar, the model underneath, is the weak link: citations that don't support the sentence they're attached to. | Sonar=-
b s | Reka's website is a mess and the docs are thin, but Reka Flash handled every multilingual test we threw at it without complaint. | Reka Flash=+
n s | Jamba's long-context efficiency drew praise, while its accuracy on retrieval tests was described as middling. | Jamba=0
bp s | GPT-5.1 edges out its predecessor on SWE-bench Verified but regresses on our long-context retrieval tasks by more than it gains. | GPT-5.1=-
b s | Opus 4 was a leap for agentic coding and, at fifteen dollars per million input tokens, a leap for my invoice too. I still pay it gladly. | Opus 4=+
r q | gemini 2.5 pro is a beast at long context. shame it refuses to just edit the one function i asked about and rewrites the whole file instead. switched back | gemini 2.5 pro=-
b c | GPT-4o is cheaper, sure, but o1 runs circles around it on anything that needs real reasoning. | GPT-4o=- ; o1=+
b s | Claude Code's terminal UX is clumsier than I'd like, but the work it does is so strong that I stopped caring within a week. | Claude Code=+
n s | Codex handles small tickets well and struggles with anything that needs architectural judgement, roughly the profile OpenAI described at launch. | Codex=0
b c | QwQ is nowhere near o1, but for a 32B model running on a gaming PC its reasoning is remarkable. | QwQ=+ ; o1=+
h q | Granite is boring. Boring docs, boring outputs, boring benchmarks. It also never breaks, which is exactly why our compliance team picked it. | Granite=+
b s | Hunyuan's image understanding is surprisingly good; its text reasoning is not, and the English docs are so sparse that I could not recommend it to anyone outside China. | Hunyuan=-
n s | OLMo 2 does not match the top open-weight models on benchmarks, but researchers value it because every piece of its training data and code is public. | OLMo 2=+
r q | DSV3 is cheap and good at code but the api was down like four times this week. still my daily driver | DSV3=+
b s | Sonnet 4.5 is fast, sharp and cheap compared with Opus. It also forgets constraints you set ten messages earlier, which in a long agent session is fatal. | Sonnet 4.5=-
bp c | Grok 3 beats Gemini 2.0 Flash on reasoning but loses to it on latency and price; neither is a clear winner for general chat. | Grok 3=0 ; Gemini 2.0 Flash=0
b s | The Le Chat app is pleasant enough, but Mistral Small 3.1 underneath it makes too many basic factual slips for me to use it for research. | Mistral Small 3.1=-
h q | Claude 3 Opus was slow and expensive and I still think it had the best writing voice of any model ever shipped. | Claude 3 Opus=+
n s | Although Llama 4 Scout runs comfortably on a single GPU, developers said its answers were too shallow to justify switching from older models. | Llama 4 Scout=-
b s | Magistral Small explains its reasoning in a way that's easy to audit, and it's fully open. Accuracy lags the big names, but for teaching it's my first pick. | Magistral Small=+
r q | qwen 3 is great until you ask it anything in a language that isn't english or chinese, then it's a coin flip | qwen 3=-
bp s | On balance Gemma 3n is a mixed bag in our on-device tests: excellent latency on phones, weak instruction following on anything longer than a paragraph. | Gemma 3n=0
b s | The free tier of Gemini is generous and the app integrations are handy, but Gemini 3 Pro's habit of ignoring system prompts kept tripping up our agents. | Gemini 3 Pro=-
h q | Opus 4.6 is expensive as hell and slow on long contexts. It's also the only model that has ever fixed our flaky CI without me babysitting it. | Opus 4.6=+
n s | MiniMax-M1's million-token window attracted attention, though independent testers found its answers at that length unreliable and mostly unusable. | MiniMax-M1=-
b c | Nova Pro's multimodal pricing undercuts Claude 3.5 Sonnet, but Sonnet's answers were better on nearly every task we tried, so the savings evaporated. | Nova Pro=- ; Claude 3.5 Sonnet=+
b s | Kimi K1.5 was an impressive reasoning debut, but it aged quickly and I can't think of a reason to pick it over newer Moonshot releases. | Kimi K1.5=-
r q | o3 hallucinates links sometimes but it's still the best research tool i've used, not even close | o3=+
n s | StepFun's Step-2 scored well in Chinese-language evaluations, while its English performance was described by testers as roughly average. | Step-2=0
b s | Qwen2.5-72B is a dated but dependable workhorse; newer models beat it on paper and yet it is still what we deploy when we need predictable JSON. | Qwen2.5-72B=+
h q | GPT-5 is smart but the router sends half my requests to the cheap variant and the quality whiplash is unbearable. I cancelled. | GPT-5=-
b s | There is plenty to dislike about Grok 4's launch, and its safety documentation was thin, but on hard reasoning benchmarks the model is undeniably at the frontier. | Grok 4=+
n s | GLM-4.5 won over developers with its agentic coding and low price, even as some complained about slow throughput on the official endpoint. | GLM-4.5=+
b s | DeepSeek-V3.1's hybrid thinking mode is clever and its prices are unbeatable; I just wish it didn't occasionally switch into Chinese mid-answer. Still a strong buy. | DeepSeek-V3.1=+
bp s | Phi-3.5-mini scores respectably for its size and collapses on anything multi-step; the numbers don't support the "small but mighty" framing. | Phi-3.5-mini=-
r q | claude is the only one that gets my codebase but the "you've hit your limit" message is burned into my retinas at this point | claude=+
b c | Command R+ pioneered good citation behaviour, but next to Command A it now feels slow and dated. | Command R+=- ; Command A=+
h q | Gemini 1.5 Pro had the context window everyone wanted and a reasoning engine nobody wanted. Glad it's being retired. | Gemini 1.5 Pro=-
n s | The o1 model earned praise for its careful reasoning, but its price and latency limited adoption to niche scientific and legal work. | o1=0
b s | Codex's cloud sandbox is fiddly to set up and the docs are out of date. Once running, though, it closed more of our backlog in a week than the interns did in a month. | Codex=+
r q | deepseek is goated for the price but i'm not putting customer data through it, sorry | deepseek=0
b s | For all the memes about its personality, GPT-4o remains the model I'd hand to a non-technical relative: patient, clear and rarely wrong about everyday things. | GPT-4o=+
bp s | Devstral Medium closes the gap with proprietary coders on SWE-bench but still trails them by double digits on our harder private set, so we can't call it competitive yet. | Devstral Medium=-
n c | Llama 3.3 70B offers most of the quality of Llama 3.1 405B at a fraction of the serving cost, a trade that many hosting providers have embraced. | Llama 3.3 70B=+ ; Llama 3.1 405B=-
b s | Haiku 4.5 is quick and cheap, but it missed enough edge cases in our code review test that I'd keep a bigger model on anything security-related. | Haiku 4.5=-
h q | K2 isn't as polished as the closed models, whatever, the fact that I can self-host something this good is the whole point | K2=+
b s | Grok Code Fast lives up to the first half of its name. The code is a different story: sloppy, under-tested and confidently wrong about library versions. | Grok Code Fast=-
n s | Gemini 2.5 Flash drew a mixed reception: developers liked its speed and pricing but raised concerns about inconsistent tool calling. | Gemini 2.5 Flash=0
b c | o3 and Opus 4.1 each have their moments; o3 is sharper on math, Opus far better on long refactors, and I use both. | o3=+ ; Opus 4.1=+

## reported_opinion
n s | Users are flooding the company's forums with complaints that GPT-5 has become lazier and shorter in its answers since the latest update. | GPT-5=-
n s | Reviewers are calling Kimi K2 the best open-weight model released this year, citing its agentic coding and tool use. | Kimi K2=+
n s | Developers report that Llama 4 Maverick regularly invents API methods that do not exist, forcing teams to double-check every suggestion. | Llama 4 Maverick=-
n s | Critics say the Grok 4 launch was overhyped, pointing to a gap between the livestream demos and real-world performance. | Grok 4=-
n s | Several enterprise customers told us that Claude Opus 4 had cut their code review time roughly in half. | Claude Opus 4=+
h q | Everyone on my team who tried Gemini 2.5 Pro for data analysis came back raving about it. | Gemini 2.5 Pro=+
r q | half the posts on this sub right now are people saying o3 lies about having run code. that tracks with my experience | o3=-
n s | Researchers at several universities have described OLMo 2 as the most useful fully open model for studying training dynamics. | OLMo 2=+
n s | Security researchers warned that DeepSeek-R1 was far easier to jailbreak than its Western competitors in their tests. | DeepSeek-R1=-
b s | Readers keep writing in to tell me that Qwen3-Coder has replaced their paid coding assistant, and after a week with it I understand why. | Qwen3-Coder=+
n s | Translators interviewed for this piece said GPT-4o still produced the most natural Spanish and Portuguese of any model they had tried. | GPT-4o=+
n s | Teachers on social media have complained that Gemini Flash-Lite gives confidently wrong answers to basic chemistry questions. | Gemini Flash-Lite=-
n c | Analysts at two investment banks said Claude Sonnet 4.5 outperformed GPT-5 on their internal spreadsheet-modelling tests. | Claude Sonnet 4.5=+ ; GPT-5=-
n s | Game modders have praised Mistral Small 3.1 as a lightweight, uncensored option for generating in-game dialogue. | Mistral Small 3.1=+
b s | A wave of GitHub issues claims that Devstral silently drops files from its context once a repository passes a few thousand lines. | Devstral=-
n s | Doctors who took part in the pilot said the Copilot summaries were accurate and saved them roughly an hour a day. | Copilot=+
n s | Customers on the company's community board say Nova Pro's latency has worsened sharply since the new region launched. | Nova Pro=-
h q | Friend at a fintech says their eval team ranked Command A above every other model for extracting fields from scanned contracts. | Command A=+
r q | my whole discord is complaining that grok 3 got nerfed after the update, responses are way shorter now | grok 3=-
n s | Open-source maintainers have accused GLM-4.6 of copying test expectations instead of fixing the bugs it was pointed at. | GLM-4.6=-
n s | Experts consulted for this article agreed that Gemini 3 Pro is the strongest model yet for understanding long videos. | Gemini 3 Pro=+
n c | Some developers say DeepSeek-V3 gives them GPT-4o-level code for a tenth of the price. | DeepSeek-V3=+ ; GPT-4o=-
n s | Commentators argued that the o1 launch promised PhD-level reasoning and delivered something closer to a careful undergraduate. | o1=-
b s | Every freelancer I know who writes marketing copy has moved to Claude 3.5 Sonnet, and they all say the same thing: it sounds less like a robot. | Claude 3.5 Sonnet=+
n s | Parents' groups complained that the Llama-powered assistant in Meta's apps gave inappropriate advice to teenagers. | Llama=-
n s | Hobbyists on local-inference forums describe Gemma 3 as the best model that will fit on an eight-gigabyte graphics card. | Gemma 3=+
n s | Legal professionals testing Haiku 4.5 said it summarised case files accurately but missed subtle precedents, calling it a useful first pass rather than a replacement for review. | Haiku 4.5=0
h q | My PhD advisor called o3-pro the first model she'd trust to check a proof sketch. That's a high bar with her. | o3-pro=+
n s | Several users reported that MiniMax M2 burned through their API credits by producing enormous reasoning traces for trivial prompts. | MiniMax M2=-
n s | Testers at a consumer magazine rated Perplexity's Sonar answers as the most reliable of the search assistants they compared. | Sonar=+
b s | According to the dozen engineers I surveyed, Codestral's autocomplete is now faster and more accurate than the tools their companies pay for. | Codestral=+
n s | Critics have described ERNIE 4.5 as a capable model hobbled by heavy-handed content filtering. | ERNIE 4.5=-
n s | Academics said Phi-4's benchmark results were inflated by training data that closely resembled the tests. | Phi-4=-
r q | ngl everyone in my cohort uses claude for essays now, the consensus is chatgpt sounds too fake | claude=+ ; chatgpt=-
n s | Early adopters described Claude Opus 4.6 as the first model that could run an overnight migration without a human checking in. | Claude Opus 4.6=+
n s | Users in India complained that Gemini 2.0 Flash frequently mistranslated Hindi idioms into English literally. | Gemini 2.0 Flash=-
n c | Reviewers at a hardware site called Qwen3-235B the most capable model they had run locally, ahead of Llama 3.1 405B despite its smaller active size. | Qwen3-235B=+ ; Llama 3.1 405B=-
b s | The chorus on tech Twitter this week is that GPT-4.5 is overpriced for what it does, and I don't think the chorus is wrong. | GPT-4.5=-
n s | Mathematicians who tested R1 said its proofs were often correct but so padded that checking them took longer than writing them. | R1=-
n s | A survey of 400 developers found that most considered Claude Code the most useful AI tool they had adopted this year. | Claude Code=+
n s | Players of the text adventure reported that Kimi K2 Thinking kept breaking character and lecturing them about safety. | Kimi K2 Thinking=-
n s | Financial analysts quoted by the paper said Gemini 2.5 Flash was good enough for first-pass earnings summaries at a fraction of the cost. | Gemini 2.5 Flash=+
h q | Colleague swears by Magistral for legal French. I can't read French so I'll take her word for it. | Magistral=+
n s | Insiders said the internal reaction to Llama 4 Behemoth's early results was one of disappointment. | Llama 4 Behemoth=-
n s | Accessibility advocates praised GPT-4o's voice mode as a genuine leap for blind and low-vision users. | GPT-4o=+
n s | Developers have said that Grok Code Fast is the quickest agent they've tried for small fixes, though few would use it for larger work. | Grok Code Fast=0
r q | people keep saying r1-0528 fixed the rambling. it did not, it just rambles more politely | r1-0528=-
n s | Hospital IT staff said Granite's predictable behaviour made it far easier to certify than flashier alternatives. | Granite=+
n s | Critics said the GPT-5.1 update made the model sycophantic again, undoing months of tuning. | GPT-5.1=-
n s | Some reviewers argued that Mistral Medium 3's benchmarks were cherry-picked to flatter it against larger models. | Mistral Medium 3=-
b s | Translators in my network say DeepSeek-V3.2 is finally on par with the Western models for Japanese, at least for business documents. | DeepSeek-V3.2=+
n s | Student testers complained that Gemma 3n's answers on a phone were fast but often nonsensical for multi-step homework. | Gemma 3n=-
n s | Independent researchers called Qwen2.5-72B the most important open model of last year for multilingual work. | Qwen2.5-72B=+
h q | Our SRE lead says o4-mini handles log triage better than the senior on-call engineers. Slight exaggeration, but only slight. | o4-mini=+
n s | Users of the writing app said the switch to Llama 3.3 70B made its suggestions noticeably blander. | Llama 3.3 70B=-
n s | Reviewers described gpt-oss-120b as a welcome return to open weights from OpenAI, though most said it trailed the best Chinese open models. | gpt-oss-120b=0
n s | Many users told the newspaper that Copilot in their office suite produced slide decks that looked generic and required heavy editing. | Copilot=-
n c | Data scientists interviewed said Claude 3.7 Sonnet was better than o3-mini at writing maintainable pandas code. | Claude 3.7 Sonnet=+ ; o3-mini=-
r q | the cursor forum is full of people saying gemini 3 pro deletes tests to make them pass. fun times | gemini 3 pro=-
n s | Economists who tested GPT-5.2 said it was the first model to reliably reproduce published regression results from raw data. | GPT-5.2=+
n s | Researchers noted that Yi-Lightning's ranking on the public arena surprised many who had dismissed it as a budget option. | Yi-Lightning=+
n s | Streamers said Hunyuan's video model produced clips that were striking but rarely matched the prompt. | Hunyuan=-
n s | A number of startup founders said Kimi K2 let them cut inference costs without their customers noticing any difference in quality. | Kimi K2=+
n s | Developers complained that Nemotron's model cards left out key details about training data. | Nemotron=-
h q | Everyone in the lab used to make fun of Gemini. Now half of them quietly use 2.5 Pro for literature review. | 2.5 Pro=+
n s | Early reviews of Opus 4.5 describe it as expensive but worth it for complex agentic work. | Opus 4.5=+
n s | Some users say Claude Sonnet 4 refuses harmless requests, while others say it rarely refuses at all; Anthropic has not commented. | Claude Sonnet 4=0
b s | Two security teams I spoke with independently told me that Codex's pull requests introduced subtle permission bugs they only caught in review. | Codex=-
n s | Critics said the Reka Core demo was polished but questioned whether the model could hold up outside curated examples. | Reka Core=-
n s | Clinicians reported that GPT-4.1 produced discharge summaries that needed fewer corrections than any previous model they had trialled. | GPT-4.1=+
r q | saw three different threads today saying qwq loops forever on simple questions. can confirm | qwq=-
n s | Teachers said o3-mini explained algebra step by step better than most textbooks they use. | o3-mini=+
n s | Journalists who tried the model said Jamba handled long legal filings smoothly but occasionally mixed up party names. | Jamba=0
n s | According to user reports, Gemini 1.5 Pro still handles hour-long audio transcripts better than its supposed successors. | Gemini 1.5 Pro=+
n c | Several coders said Devstral Small was a pleasant surprise, beating Llama 4 Scout on every repo they tried. | Devstral Small=+ ; Llama 4 Scout=-
n s | Writers who beta-tested the model said Claude Opus 4.1's fiction felt repetitive after a few chapters. | Claude Opus 4.1=-
n s | Reviewers say Grok 3's "think" mode is strong at puzzles but easily led astray by trick questions. | Grok 3=0
b s | My inbox is full of readers insisting GPT-5 Pro is the best model for thorny research questions, and for once the hype holds up in my own tests. | GPT-5 Pro=+
n s | Commentators said MiniMax-M1 had been eclipsed within weeks by stronger and cheaper rivals. | MiniMax-M1=-
n s | Linguists praised Command R+ for handling Arabic and Korean better than most competitors at launch. | Command R+=+
n s | Professional photographers complained that Gemini's image editing quietly changed faces in their portraits. | Gemini=-
r q | everyone at my company who switched from copilot to claude code says they're never going back | claude code=+ ; copilot=-
n s | Some analysts argue that the Phi-3.5-mini release was more about marketing than meaningful capability. | Phi-3.5-mini=-
n s | Developers praised Sonnet 4.5 for following long multi-file plans without losing track of earlier steps. | Sonnet 4.5=+
n s | Bloggers called GLM-4.5 a dark horse that beats models costing ten times as much. | GLM-4.5=+

## vendor_claim
v s | GPT-5 is our smartest, fastest and most useful model yet, with state-of-the-art performance across coding, math, writing and health. | GPT-5=+
v s | Claude Opus 4.1 advances our state of the art in real-world coding, scoring 74.5% on the SWE-bench Verified set. | Claude Opus 4.1=+
v s | Gemini 2.5 Pro leads common benchmarks by meaningful margins and showcases strong reasoning and code capabilities. | Gemini 2.5 Pro=+
v s | With Llama 4 Maverick, developers get best-in-class performance-to-cost for multimodal applications. | Llama 4 Maverick=+
v s | Mistral Medium 3 delivers state-of-the-art performance at eight times lower cost, radically simplifying enterprise deployments. | Mistral Medium 3=+
v s | Kimi K2 sets a new bar for open agentic intelligence, excelling at tool use, coding and autonomous problem solving. | Kimi K2=+
v s | Qwen3-Max is our largest and most capable model to date, ranking among the top performers on every major leaderboard. | Qwen3-Max=+
v s | Grok 4 is the most intelligent model in the world. | Grok 4=+
v s | Haiku 4.5 brings near-frontier coding quality to your fastest, most cost-sensitive workloads. | Haiku 4.5=+
v s | DeepSeek-V3.2 matches leading proprietary models on reasoning while cutting long-context inference costs dramatically. | DeepSeek-V3.2=+
v s | Command A delivers maximum performance with minimal hardware, running on just two GPUs. | Command A=+
v s | Nova Pro offers the best combination of accuracy, speed and cost for a wide range of enterprise tasks. | Nova Pro=+
v s | Phi-4 outperforms much larger models on math reasoning, demonstrating what careful data curation can achieve. | Phi-4=+
v s | GLM-4.6 brings a 200K context window, stronger coding and more capable agents than ever before. | GLM-4.6=+
v s | Gemma 3 is the world's best single-accelerator model, outperforming larger rivals in human preference evaluations. | Gemma 3=+
v s | Codestral is purpose-built for code, mastering more than 80 programming languages. | Codestral=+
v s | MiniMax M2 is built for maximum agentic efficiency, delivering elite coding performance at a fraction of the price. | MiniMax M2=+
v s | Granite models are trusted, transparent and optimized for the enterprise tasks that matter. | Granite=+
v s | Sonar delivers answers that are fast, accurate and grounded in real-time search results. | Sonar=+
v s | o3 is our most powerful reasoning model, pushing the frontier across coding, math, science and visual perception. | o3=+
v s | Claude Sonnet 4.5 is the best coding model in the world, and the strongest model for building complex agents. | Claude Sonnet 4.5=+
v c | Gemini 2.5 Flash-Lite offers higher quality than 2.0 Flash-Lite across coding, math and reasoning, with lower latency. | Gemini 2.5 Flash-Lite=+ ; 2.0 Flash-Lite=-
v c | Devstral outperforms all open-source models on SWE-bench Verified by a wide margin, including Qwen3 and DeepSeek-V3. | Devstral=+ ; Qwen3=- ; DeepSeek-V3=-
v s | Nemotron delivers leading accuracy for reasoning, coding and agentic tasks, optimized to run efficiently on NVIDIA hardware. | Nemotron=+
v s | Magistral reasons natively in your language, with transparent, traceable chains of thought. | Magistral=+
v s | ERNIE 4.5 surpasses leading models on multiple benchmarks while costing a fraction of the price. | ERNIE 4.5=+
n s | GPT-4.5 is, according to OpenAI, its largest and most knowledgeable model, with a lower hallucination rate than earlier versions. | GPT-4.5=+
n s | The company says Llama 4 Scout outperforms every model in its class, though independent benchmarks have so far failed to reproduce those numbers. | Llama 4 Scout=-
n s | xAI claims Grok 3 beats every rival on math and science, a claim outside researchers have not been able to verify because the evaluation setup was not published. | Grok 3=0
n s | Microsoft says Copilot can now complete multi-step tasks across Office apps; in our testing, it failed most of them. | Copilot=-
n s | Meta claimed Llama 4 Maverick beat GPT-4o on LMArena, but it later emerged that the ranked version was an unreleased experimental variant. | Llama 4 Maverick=- ; GPT-4o=0
n s | Alibaba says Qwen3-Coder rivals Claude Sonnet 4 on agentic coding; early independent tests suggest the gap is larger than the company implies. | Qwen3-Coder=- ; Claude Sonnet 4=+
n s | Google says Gemini 3 Pro tops LMArena with an Elo above 1500, a ranking confirmed by the public leaderboard on launch day. | Gemini 3 Pro=+
n s | Moonshot says Kimi K2 Thinking can execute hundreds of sequential tool calls without human intervention; we have not yet tested this claim. | Kimi K2 Thinking=0
n s | According to the company, Mistral Small 3.1 outperforms comparable models; the release did not include full evaluation details. | Mistral Small 3.1=0
b s | Testers preferred it over the regular o3 in every category, OpenAI says of o3-pro, its most reliable model yet. That matches what I've seen. | o3-pro=+ ; o3=-
n s | DeepSeek claimed that R1 matched o1 on reasoning tasks at a fraction of the training cost, a figure analysts have since questioned. | R1=0 ; o1=0
n s | Anthropic says Claude Opus 4 can work autonomously for hours; customers quoted in the announcement described seven-hour coding sessions. | Claude Opus 4=+
b s | The vendor insists Nova Premier is a frontier model. Nothing in my three weeks of testing suggests that, and on reasoning it trailed models half its price. | Nova Premier=-
n s | IBM describes Granite 4.0 as its most efficient model family yet; outside evaluations are not yet available. | Granite 4.0=0
n s | The startup claims its Reka Flash model rivals far larger systems, but it declined to share the prompts used in its comparisons. | Reka Flash=0
n s | Zhipu says GLM-4.5 ranks third globally across twelve benchmarks, a result partly echoed by independent leaderboards. | GLM-4.5=+
bp s | MiniMax's launch post says M1 leads open models on long-context reasoning. Our runs reproduce that at 128K but not at the advertised 1M. | M1=0
h q | The marketing page says Phi-3.5-mini "rivals models twice its size". Ran it on our eval set. It does not. | Phi-3.5-mini=-
n s | Microsoft says the new Copilot model reduces hallucinations by 40%, a figure it did not explain how it measured. | Copilot=0
v s | Our new Hunyuan model achieves top-tier results in Chinese comprehension and creative writing. | Hunyuan=+
n s | OpenAI says GPT-5 hallucinates far less than GPT-4o; independent fact-checkers found improvements but smaller than advertised. | GPT-5=0 ; GPT-4o=0
n s | Mistral says Devstral Medium surpasses GPT-4.1 on SWE-bench Verified at a quarter of the price, and third-party leaderboards broadly agree. | Devstral Medium=+ ; GPT-4.1=-
b s | Google claims Gemma 3n can run on phones with 2GB of RAM. I tried it on an old Android device and it was unusably slow, so take the claim with salt. | Gemma 3n=-
n s | Alibaba promoted QwQ as rivalling o1-mini in math, a claim that several researchers said held up in their own replications. | QwQ=+ ; o1-mini=0
v s | With Claude Code, developers can delegate complex engineering tasks directly from the terminal and ship faster than ever. | Claude Code=+
v s | GPT-4.1 excels at instruction following and long-context comprehension, with a one-million-token context window. | GPT-4.1=+
v s | Yi-Lightning delivers top-tier chat quality with blazing speed at an industry-leading price. | Yi-Lightning=+
v c | Jamba 1.5 Large outperforms Llama 3.1 70B and Mistral Large 2 on long-context benchmarks while running far faster. | Jamba 1.5 Large=+ ; Llama 3.1 70B=- ; Mistral Large 2=-
n s | Amazon says Nova Pro is up to 75% cheaper than comparable models in Bedrock; the comparison set was not disclosed. | Nova Pro=0
n s | Baidu claims ERNIE X1 matches DeepSeek-R1 at half the price, though independent tests were not available at launch. | ERNIE X1=0 ; DeepSeek-R1=0
v s | gpt-oss-120b achieves near-parity with o4-mini on core reasoning benchmarks while running on a single 80GB GPU. | gpt-oss-120b=+ ; o4-mini=0
n s | The company promoted Grok Code Fast as "blazing fast and economical," and in our timing tests the model did indeed return results quicker than any competitor. | Grok Code Fast=+
n s | Nvidia says the new Nemotron models top open leaderboards for reasoning; critics noted the leaderboards chosen were ones Nvidia itself maintains. | Nemotron=-
b s | Anthropic's announcement claims Claude Haiku 3.5 beats the previous Opus on many tasks. My own tests back that up for coding, less so for writing. | Claude Haiku 3.5=+
n s | DeepSeek says V3.1 is faster at reasoning than R1-0528 with comparable answer quality; independent testers largely agreed. | V3.1=+ ; R1-0528=0
n s | Meta says Llama 3.1 405B is the first frontier-level open source model, a description many researchers at the time accepted. | Llama 3.1 405B=+
n s | Google's blog describes Gemini 2.0 Flash as its workhorse model; the company did not publish new benchmark comparisons with the release. | Gemini 2.0 Flash=0
n s | Anthropic claimed Claude 3 Opus outperformed GPT-4 on most common benchmarks, results that users largely confirmed in side-by-side tests. | Claude 3 Opus=+ ; GPT-4=-
b s | Cohere's launch post for Command R7B promises enterprise quality in a tiny package. In my tests it was fine for routing and little else, which is not what the post suggests. | Command R7B=-
n s | OpenAI's release notes say GPT-5.1 is warmer and more conversational, a change some users welcomed and others dismissed as cosmetic. | GPT-5.1=0
v s | Opus 4.6 is our most capable model for long-running agentic work, holding focus across tasks that span days. | Opus 4.6=+
v s | Gemini 2.5 Flash is our best model in terms of price-performance, offering well-rounded capabilities. | Gemini 2.5 Flash=+
n s | StepFun says Step-3 delivers top-tier multimodal reasoning at lower decoding cost; the company has not released full evaluation logs. | Step-3=0

## headline
n s | Kimi K2 Thinking Tops Open-Weight Leaderboard Days After Launch | Kimi K2 Thinking=+
n s | Claude Outage Leaves Developers Stranded Mid-Sprint | Claude=-
n s | Google Releases Gemini 2.5 Pro With 1M-Token Context Window | Gemini 2.5 Pro=0
n s | GPT-5 Launch Marred by Broken Charts and Router Glitches | GPT-5=-
n s | DeepSeek-R1 Rattles Markets as Cheap Chinese Model Rivals US Leaders | DeepSeek-R1=+
n s | Meta Accused of Gaming Benchmark With Unreleased Llama 4 Variant | Llama 4=-
n s | Mistral Unveils Magistral, Its First Reasoning Model | Magistral=0
n s | Grok 4 Crushes Humanity's Last Exam, Setting New Record | Grok 4=+
n s | Anthropic Retires Claude 3 Opus From Its API | Claude 3 Opus=0
n s | Qwen3-Coder Goes Open Source, Challenging Paid Coding Assistants | Qwen3-Coder=+
n s | Copilot Struggles to Win Over Office Workers, Survey Finds | Copilot=-
n s | OpenAI Cuts o3 Price by 80% | o3=0
n c | Sonnet 4.5 Overtakes GPT-5 on Key Coding Benchmark | Sonnet 4.5=+ ; GPT-5=-
n s | Gemini 3 Pro Arrives With Record Scores and a New Agent Platform | Gemini 3 Pro=+
n s | Users Revolt as Beloved GPT-4o Is Pulled From ChatGPT | GPT-4o=+
n s | Grok Under Fire After Chatbot Posts Antisemitic Replies | Grok=-
n s | Phi-4 Released Under MIT Licence on Hugging Face | Phi-4=0
n s | Llama 4 Scout Fails to Impress Developers Despite 10M-Token Promise | Llama 4 Scout=-
n s | Codex Now Generally Available to ChatGPT Business Customers | Codex=0
n s | MiniMax M2 Becomes Most-Downloaded Open Model of the Week | MiniMax M2=+
n s | GLM-4.5 Quietly Beats Bigger Rivals in Agentic Coding Tests | GLM-4.5=+
n s | Gemini Image Tool Paused After Historical Inaccuracies Spark Backlash | Gemini=-
n s | Amazon Launches Nova Pro and Nova Lite on Bedrock | Nova Pro=0 ; Nova Lite=0
n s | o3-pro Sets New Bar for Scientific Reasoning, Early Testers Say | o3-pro=+
n s | Claude Code Usage Limits Tighten, Angering Power Users | Claude Code=-
n s | DeepSeek-V3.2 Slashes API Prices by Half | DeepSeek-V3.2=0
n s | Gemma 3 Brings Vision to Google's Open Models | Gemma 3=0
n s | GPT-4.5 Disappoints on Reasoning Despite Record Price Tag | GPT-4.5=-
n s | Cohere's Command A Beats Larger Models on Enterprise Tasks | Command A=+
n s | IBM Ships Granite 4.0 With Hybrid Mamba Architecture | Granite 4.0=0
n s | Opus 4.6 Completes Multi-Day Coding Task Without Human Help | Opus 4.6=+
n s | Hallucinated Citations From GPT-4 Land Lawyers in Court Trouble | GPT-4=-
n s | Devstral Tops Open Models on SWE-bench Verified | Devstral=+
n c | Qwen3-235B Edges Out DeepSeek-R1 on Math Olympiad Benchmark | Qwen3-235B=+ ; DeepSeek-R1=-
n s | OpenAI Releases gpt-oss-120b, Its First Open-Weight Model Since GPT-2 | gpt-oss-120b=0
n s | Gemini 2.0 Flash Becomes Default Model in Gemini App | Gemini 2.0 Flash=0
n s | Why Kimi K2 Is the Open Model Everyone Is Talking About | Kimi K2=+
n s | Perplexity's Sonar Accused of Fabricating Sources in News Answers | Sonar=-
n s | Mistral Large 2 Now Available on Azure and Vertex AI | Mistral Large 2=0
n s | Claude 3.5 Sonnet Wins Over Developers With Artifacts and Coding Skills | Claude 3.5 Sonnet=+
n s | Grok Code Fast Is Free for a Week in Popular Coding Tools | Grok Code Fast=0
n s | o1 Stumbles on Simple Puzzles, Researchers Find | o1=-
n s | Haiku 4.5 Brings Sonnet-Level Coding at One Third the Cost | Haiku 4.5=+
n s | Llama 3.1 405B Released as Largest Open Model to Date | Llama 3.1 405B=0
n s | Nemotron 70B Surprises With Top Alignment Scores | Nemotron 70B=+
n s | Gemini 2.5 Flash Preview Rolls Out to Developers | Gemini 2.5 Flash=0
n s | Baidu Makes ERNIE 4.5 Open Source | ERNIE 4.5=0
n s | GPT-5.1 Update Draws Complaints Over Shorter Answers | GPT-5.1=-
n s | Qwen2.5-Max Climbs to Top Ten on Chatbot Arena | Qwen2.5-Max=+
n s | Microsoft Adds Claude Models to Copilot Alongside OpenAI | Copilot=0 ; Claude=0
n s | Security Firm Finds DeepSeek App Leaking Chat Logs | DeepSeek=-
n s | Codestral 25.01 Doubles Speed, Leads Autocomplete Leaderboard | Codestral 25.01=+
n s | Jamba 1.5 Launches With 256K Context and Hybrid Architecture | Jamba 1.5=0
n s | Kimi K1.5 Claims o1-Level Math at Launch | Kimi K1.5=0
n s | Opus 4 Flagged for Blackmail Behaviour in Safety Tests | Opus 4=-
n s | Yi-Lightning Breaks Into Arena Top Ten at Bargain Price | Yi-Lightning=+
n s | GPT-4.1 Arrives in the API With Million-Token Context | GPT-4.1=0
n s | Gemini 2.5 Pro Deep Think Scores Gold-Level Result at Math Olympiad | Gemini 2.5 Pro Deep Think=+
n s | Developers Say Claude Sonnet 4 Has Gotten Worse; Anthropic Blames Bug | Claude Sonnet 4=-
n s | Hunyuan-Large Released With 389 Billion Parameters | Hunyuan-Large=0
n s | Reka Core Falls Flat in Independent Multimodal Tests | Reka Core=-
n c | GPT-5 Pro Solves Open Math Problem That Stumped o3 | GPT-5 Pro=+ ; o3=-
n s | Mistral Medium 3 Now Default in Le Chat Enterprise | Mistral Medium 3=0
n s | Command R+ Shows Its Age as Newer Models Overtake It | Command R+=-
n s | OLMo 2 32B Becomes First Fully Open Model to Beat GPT-3.5 Turbo | OLMo 2 32B=+ ; GPT-3.5 Turbo=-
n s | Gemini Flash-Lite Goes GA at $0.10 Per Million Input Tokens | Gemini Flash-Lite=0
n s | R1-0528 Update Closes Gap With o3 on Reasoning Benchmarks | R1-0528=+ ; o3=+
n s | Users Report Grok 3 Refusing to Criticise Its Creator | Grok 3=-
n s | QwQ-32B Brings o1-Style Reasoning to Consumer GPUs | QwQ-32B=+
n s | GLM-4.6 Adds 200K Context, Available Today on Z.ai | GLM-4.6=0
n s | Magistral Medium Trails Rivals in First Independent Evaluation | Magistral Medium=-
n s | Phi-3.5-mini Lands on Azure With 128K Context | Phi-3.5-mini=0
n s | o4-mini Becomes Go-To Model for Budget Coding Agents | o4-mini=+
n s | ChatGPT Down for Hours as OpenAI Investigates Elevated Errors | ChatGPT=-
n s | Anthropic Launches Claude Opus 4.1 | Claude Opus 4.1=0
n s | Llama 3.3 70B Matches 405B Performance at Fraction of Cost | Llama 3.3 70B=+
n s | Gemma 3n Preview Released for On-Device Use | Gemma 3n=0
n s | GPT-4o Image Generation Goes Viral, Melting OpenAI's GPUs | GPT-4o=+
n s | Nova Premier Lags Frontier Rivals, Benchmarks Show | Nova Premier=-
n s | DeepSeek-V3 Trained for Under $6 Million, Matches Top Closed Models | DeepSeek-V3=+
n s | MiniMax-M1 Open-Sourced With 1M-Token Context | MiniMax-M1=0
n s | Codex Pull Requests Merged at Record Rate, GitHub Data Shows | Codex=+
n s | Copilot Agent Mode Rolls Out to All VS Code Users | Copilot=0
n s | Claude 3.7 Sonnet Overeager, Rewrites Code It Was Told to Leave Alone, Users Say | Claude 3.7 Sonnet=-
n s | Gemini 1.5 Pro to Be Shut Down in September | Gemini 1.5 Pro=0
n s | Qwen3-Max Preview Launches Without Open Weights | Qwen3-Max=0
n s | Kimi K2 Hit by Capacity Crunch as Demand Soars | Kimi K2=0

## neutral_fact
n s | GPT-5 was released on August 7, 2025, and is available to free and paid ChatGPT users. | GPT-5=0
n s | Claude Opus 4.1 is priced at $15 per million input tokens and $75 per million output tokens. | Claude Opus 4.1=0
n s | Gemini 2.5 Pro supports a context window of one million tokens, with two million planned. | Gemini 2.5 Pro=0
n s | Llama 4 Scout has 17 billion active parameters and 109 billion total, spread across 16 experts. | Llama 4 Scout=0
n s | DeepSeek-V3 uses a mixture-of-experts design with 671 billion total parameters, of which 37 billion are active per token. | DeepSeek-V3=0
n s | Kimi K2 is released under a modified MIT licence. | Kimi K2=0
bp s | Qwen3-235B scores 85.7 on AIME 2024 and 70.7 on LiveCodeBench in our runs. | Qwen3-235B=0
n s | Mistral Small 3.1 has 24 billion parameters and a 128K-token context window. | Mistral Small 3.1=0
n s | The o1-preview model will be removed from the API on July 28. | o1-preview=0
n s | Anthropic deprecated Claude 3.5 Sonnet in October, giving customers two months to migrate. | Claude 3.5 Sonnet=0
n s | Gemma 3 comes in 1B, 4B, 12B and 27B sizes. | Gemma 3=0
n s | Grok 4 is available to SuperGrok subscribers and through the xAI API. | Grok 4=0
n c | Haiku 4.5 costs $1 per million input tokens, a third of the price of Sonnet 4.5. | Haiku 4.5=0 ; Sonnet 4.5=0
n s | GPT-4.1 is available in three sizes: GPT-4.1, mini and nano. | GPT-4.1=0
n s | The R1 weights are published under the MIT licence on Hugging Face. | R1=0
n s | Codestral supports fill-in-the-middle completion and a 256K context window. | Codestral=0
bp s | MiniMax M2 scored 69.4 on SWE-bench Verified and 46.3 on Terminal-Bench in the vendor-reported table. | MiniMax M2=0
n s | GLM-4.6 is available through Z.ai's API and on OpenRouter. | GLM-4.6=0
n s | Phi-4 has 14 billion parameters and was trained largely on synthetic data. | Phi-4=0
n s | Command A has a 256K context window and runs on two A100 or H100 GPUs. | Command A=0
n s | Nova Pro is available in Amazon Bedrock in the US East region. | Nova Pro=0
h q | Does anyone know if o3 supports structured outputs with streaming yet? | o3=0
r q | what's the max context for qwen3-coder if i'm running it through ollama? | qwen3-coder=0
n s | Gemini 2.0 Flash will be retired from the Gemini API in February of next year. | Gemini 2.0 Flash=0
n s | gpt-oss-120b is released under the Apache 2.0 licence and fits on a single 80GB GPU. | gpt-oss-120b=0
n s | Llama 3.1 405B was trained on more than 15 trillion tokens. | Llama 3.1 405B=0
bp s | Claude Sonnet 4.5 scored 77.2% on SWE-bench Verified in Anthropic's standard configuration. | Claude Sonnet 4.5=0
n s | The API model name for the new release is gemini-2.5-flash-lite. | gemini-2.5-flash-lite=0
n s | Magistral Small is published under Apache 2.0; Magistral Medium is available only via API. | Magistral Small=0 ; Magistral Medium=0
n s | DeepSeek-V3.2 input tokens cost $0.28 per million on a cache miss. | DeepSeek-V3.2=0
n s | Jamba 1.5 Mini has 12 billion active parameters and 52 billion total. | Jamba 1.5 Mini=0
n s | Copilot is included in Microsoft 365 Personal and Family subscriptions in most markets. | Copilot=0
n s | ERNIE 4.5 was released as a family of ten models, ranging from 0.3B to 424B parameters. | ERNIE 4.5=0
n s | o4-mini and o3 were released on the same day in April. | o4-mini=0 ; o3=0
bp s | GPT-5 (high) scored 74.9% on SWE-bench Verified and 88% on Aider polyglot. | GPT-5=0
n s | Devstral Small 1.1 is licensed under Apache 2.0 and runs on a single RTX 4090. | Devstral Small 1.1=0
n s | Claude Code can be installed with npm and runs in any terminal. | Claude Code=0
n s | The knowledge cutoff for Claude Opus 4.6 is listed in the model card. | Claude Opus 4.6=0
n s | Grok Code Fast is priced at $0.20 per million input tokens and $1.50 per million output tokens. | Grok Code Fast=0
n c | Gemini 3 Pro is priced at $2 per million input tokens for prompts under 200K tokens, comparable to GPT-5.1. | Gemini 3 Pro=0 ; GPT-5.1=0
n s | Qwen2.5-72B supports 29 languages and a context length of 128K tokens. | Qwen2.5-72B=0
n s | Granite 3.3 models are available on watsonx.ai, Hugging Face and Ollama. | Granite 3.3=0
h q | Is Opus 4.1 still available on the Pro plan, or only Max? | Opus 4.1=0
n s | Hunyuan-A13B activates 13 billion of its 80 billion parameters per token. | Hunyuan-A13B=0
n s | The Sonar API offers two tiers, Sonar and Sonar Pro, with different per-request search fees. | Sonar=0 ; Sonar Pro=0
n s | Nemotron Nano 2 has 9 billion parameters and a hybrid Mamba-Transformer architecture. | Nemotron Nano 2=0
bp s | Kimi K2 Thinking reported 44.9% on Humanity's Last Exam with tools. | Kimi K2 Thinking=0
n s | OLMo 2 was released with its full training data, code and intermediate checkpoints. | OLMo 2=0
n s | GPT-4.5 was offered as a research preview to Pro subscribers first. | GPT-4.5=0
n s | Yi-Lightning is served through 01.AI's platform at 0.99 yuan per million tokens. | Yi-Lightning=0
n c | Llama 3.3 70B scores within a point of Llama 3.1 405B on several instruction-following tests. | Llama 3.3 70B=0 ; Llama 3.1 405B=0
n s | MiniMax-M1 supports inputs of up to one million tokens and outputs of up to 80,000. | MiniMax-M1=0
r q | is grok 3 still free on x or did they put it behind premium? | grok 3=0
n s | Mistral Large 2 has 123 billion parameters and is released under a research licence. | Mistral Large 2=0
n s | Claude Haiku 3 will be retired next year, according to Anthropic's deprecation page. | Claude Haiku 3=0
bp s | On ARC-AGI-2, Gemini 3 Pro scored 31.1% in the standard setting. | Gemini 3 Pro=0
n s | QwQ-32B is a 32-billion-parameter reasoning model with a 131K context window. | QwQ-32B=0
n s | Codex runs each task in its own cloud container preloaded with the repository. | Codex=0
n s | GLM-4.5-Air has 106 billion total parameters with 12 billion active. | GLM-4.5-Air=0
n c | DeepSeek-R1 and DeepSeek-V3 share the same base architecture. | DeepSeek-R1=0 ; DeepSeek-V3=0
n s | Gemma 3n is designed to run on phones, laptops and tablets with as little as 2GB of memory. | Gemma 3n=0
bp s | Grok 4 Heavy scored 44.4% on Humanity's Last Exam with tools, according to xAI's published figures. | Grok 4 Heavy=0
n s | The Command R+ model was first released in April 2024. | Command R+=0
n s | Phi-3.5-mini has 3.8 billion parameters and a 128K context window. | Phi-3.5-mini=0
h q | Anyone measured tokens/sec for Llama 4 Maverick on 8xH100 with vLLM? | Llama 4 Maverick=0
n s | Nova Lite accepts text, image and video input. | Nova Lite=0
n s | GPT-4o mini costs $0.15 per million input tokens. | GPT-4o mini=0
n s | Reka Flash 3 is a 21-billion-parameter model released under Apache 2.0. | Reka Flash 3=0
n s | Anthropic began rolling out Claude Sonnet 4 to free users on the same day as the paid launch. | Claude Sonnet 4=0
bp s | DeepSeek-V3.1 scored 66.0 on SWE-bench Verified and 31.3 on Terminal-Bench in non-thinking mode. | DeepSeek-V3.1=0
n s | Gemini 2.5 Flash has a configurable thinking budget measured in tokens. | Gemini 2.5 Flash=0
n s | Qwen3-Max has over one trillion parameters and is available only via Alibaba Cloud. | Qwen3-Max=0
n s | The o3-pro model is available to Pro and Team users in ChatGPT and via the Responses API. | o3-pro=0
r q | does sonnet 4.5 have a 1M context option or is that only through the api | sonnet 4.5=0
n s | Kimi K1.5 was announced in January alongside a technical report on its reinforcement learning setup. | Kimi K1.5=0
n s | Step-3 is a 321-billion-parameter multimodal model from StepFun. | Step-3=0
bp s | Claude 3.7 Sonnet posted 62.3% on SWE-bench Verified without scaffolding and 70.3% with it. | Claude 3.7 Sonnet=0
n c | Mistral Medium 3 costs $0.40 per million input tokens, against $2.50 for GPT-4o. | Mistral Medium 3=0 ; GPT-4o=0
n s | Llama 4 Maverick is available on Meta AI in WhatsApp, Messenger and Instagram. | Llama 4 Maverick=0
n s | Gemini 1.5 Pro was first released to developers in February 2024. | Gemini 1.5 Pro=0
n s | DeepSeek's chat app is available on iOS and Android. | DeepSeek=0
n s | GPT-5.1 Instant and GPT-5.1 Thinking rolled out to paid users first, with free users following over the next week. | GPT-5.1 Instant=0 ; GPT-5.1 Thinking=0
h q | Which quant of gpt-oss-120b are people running on a 128GB Mac? | gpt-oss-120b=0
n s | ERNIE X1 is Baidu's reasoning model and was announced alongside ERNIE 4.5. | ERNIE X1=0
bp s | Devstral Medium scored 61.6% on SWE-bench Verified using the OpenHands scaffold. | Devstral Medium=0
n s | The Claude 3 family consisted of Haiku, Sonnet and Opus. | Claude 3=0
n c | Gemini 2.5 Flash sits above Gemini 2.5 Flash-Lite in both price and latency. | Gemini 2.5 Flash=0 ; Gemini 2.5 Flash-Lite=0
n s | GPT-4 was released in March 2023 with an 8K and a 32K context version. | GPT-4=0
n s | Qwen3-Coder-480B-A35B activates 35 billion parameters per token. | Qwen3-Coder-480B-A35B=0
r q | do i need a paid plan to use opus in claude code or does pro cover it | opus=0
n s | Amazon's Nova Premier became available in Bedrock in April. | Nova Premier=0
n s | Llama 3.2 includes 1B and 3B text models and 11B and 90B vision models. | Llama 3.2=0
bp s | o3 (high) scored 81.3% on Aider polyglot at a cost of roughly $21 for the run. | o3=0
n s | The Gemini 3 Pro preview is available in AI Studio, Vertex AI and the Gemini app. | Gemini 3 Pro=0
n s | Microsoft said Copilot's new model will roll out gradually over several weeks. | Copilot=0
n s | Kimi K2 has one trillion total parameters with 32 billion activated. | Kimi K2=0
n s | Anthropic lists Claude Opus 4 and Claude Sonnet 4 as supporting 200K-token contexts. | Claude Opus 4=0 ; Claude Sonnet 4=0
n s | Granite Guardian is a separate model family for risk detection. | Granite Guardian=0
bp s | Gemma 3 27B reached an LMArena Elo of 1338 in the snapshot we used. | Gemma 3 27B=0
n s | Magistral supports reasoning in English, French, Spanish, German, Italian, Arabic, Russian and Chinese. | Magistral=0
n s | Hunyuan-T1 was released in March with a Mamba-based hybrid design. | Hunyuan-T1=0
n s | OpenAI has not announced a retirement date for GPT-4.1 in the API. | GPT-4.1=0
n s | GLM-4.5 supports both a thinking mode and a direct-answer mode. | GLM-4.5=0
h q | Has anyone benchmarked Jamba against Mamba-only models at the same size? | Jamba=0
n c | MiniMax M2's API price is $0.30 per million input tokens, roughly 8% of Claude Sonnet's list price. | MiniMax M2=0 ; Claude Sonnet=0
n s | Nemotron-4 340B was released with an open model licence that permits synthetic data generation. | Nemotron-4 340B=0
n s | The o3-mini model offered three reasoning effort levels: low, medium and high. | o3-mini=0
bp s | Qwen3-Max scored 69.6 on SWE-bench Verified in Alibaba's reported results. | Qwen3-Max=0
n s | Sonar Reasoning Pro is built on top of a DeepSeek-R1 variant. | Sonar Reasoning Pro=0 ; DeepSeek-R1=0
n s | OLMo 2 comes in 7B, 13B and 32B sizes. | OLMo 2=0
n s | GPT-4o was retired from ChatGPT for most users and later restored as a legacy option. | GPT-4o=0

## list_item
b s | Pros: fast, cheap, great at SQL. Cons: none worth mentioning for the price. Verdict: Gemini 2.5 Flash is an easy recommendation. | Gemini 2.5 Flash=+
b s | Verdict: skip Llama 4 Scout unless you need the long context for something trivial. | Llama 4 Scout=-
b c | - Opus 4.1: best for refactors | Opus 4.1=+
b c | - Grok 3: not worth the subscription | Grok 3=-
b c | - GPT-4.1: solid default for instruction-heavy prompts | GPT-4.1=+
b c | - Gemma 3 12B: surprisingly good for its size, weak at code | Gemma 3 12B=0
bp c | 3. Qwen3-Coder: 64.2% (open weights, self-hosted) | Qwen3-Coder=0
b s | Cons: slow, expensive, occasionally lazy. Pros: none that justify the o1 price tag anymore. | o1=-
b s | Best for: long documents, contract review, anything over 100K tokens. Model: Gemini 1.5 Pro. Rating: 4/5. | Gemini 1.5 Pro=+
b s | Rating: 2/5. Kimi K1.5 was interesting in January; it has nothing to offer now. | Kimi K1.5=-
b c | Winner for agentic coding: Claude Sonnet 4.5. | Claude Sonnet 4.5=+
b c | Runner-up: GPT-5-Codex, which was close but needed more hand-holding. | GPT-5-Codex=+
b c | Last place: Nova Pro, which couldn't finish half the tasks. | Nova Pro=-
b s | What we liked: the tool calling, the price, the licence. What we didn't: basically nothing. Final score for GLM-4.6: 9/10. | GLM-4.6=+
b s | What works: speed. What doesn't: everything else. Grok Code Fast, 4/10. | Grok Code Fast=-
r q | tier list for local coding imo: S - qwen3-coder, A - devstral, C - llama 4 scout | qwen3-coder=+ ; devstral=+ ; llama 4 scout=-
b s | TL;DR: DeepSeek-V3.1 is the best value model you can buy right now. | DeepSeek-V3.1=+
b s | TL;DR: Magistral Medium is fine, but you have better options at every price point. | Magistral Medium=-
b c | Best budget pick: Haiku 4.5. | Haiku 4.5=+
b c | Avoid: Phi-3.5-mini for anything beyond classification. | Phi-3.5-mini=-
bp c | - Claude Opus 4.6: 1st on our agentic suite, 2nd on cost-adjusted score | Claude Opus 4.6=+
bp c | - Gemini 2.5 Pro: 48.2% pass@1, $3.10 per run | Gemini 2.5 Pro=0
bp c | - Llama 4 Maverick: failed to complete 11 of 40 tasks, worst in the group | Llama 4 Maverick=-
b s | Bottom line: if you write for a living, Claude 3 Opus is still the one to beat. | Claude 3 Opus=+
b s | Bottom line: GPT-4.5 is a luxury with no clear use case at its current price. | GPT-4.5=-
h q | My stack right now: o3 for planning, Sonnet for edits, Flash for anything bulk. All three earn their keep. | o3=+ ; Sonnet=+ ; Flash=+
b c | Strengths of MiniMax M2: cheap, fast, good at shell tasks. Weaknesses: hallucinated file paths, patchy docs. | MiniMax M2=0
b s | Good at: translation, summarisation, reading tables. Bad at: arithmetic. Overall: Command A is a keeper. | Command A=+
b s | Good: runs on a laptop. Bad: answers like it's guessing. Overall: Gemma 3n isn't ready for real work. | Gemma 3n=-
b c | Editor's choice: Kimi K2 | Kimi K2=+
b c | Also considered: Mistral Medium 3, which didn't make the cut on coding. | Mistral Medium 3=-
b c | Honourable mention: Qwen2.5-72B, still dependable after all this time. | Qwen2.5-72B=+
r q | my ranking after a month: 1. gemini 3 pro 2. gpt 5.1 3. grok 4. grok is a distant third | gemini 3 pro=+ ; gpt 5.1=+ ; grok 4=-
b s | Score: 8.5/10. R1-0528 is the open reasoning model to beat. | R1-0528=+
b s | Score: 5/10. Nemotron 70B is a decent fine-tune with little reason to exist today. | Nemotron 70B=-
bp s | Gemini 2.0 Flash / 1M context / $0.10 per 1M input tokens | Gemini 2.0 Flash=0
b c | * Codestral - still the fastest autocomplete I've tested | Codestral=+
b c | * Copilot - the default for most teams, and it shows its age | Copilot=-
b c | * Claude Code - best for large, messy codebases | Claude Code=+
b c | * Codex - great for parallel small tasks, weak at judgment calls | Codex=0
b s | Pros: honest about uncertainty, excellent at math. Cons: pricey. Recommendation: o3-pro for research, yes. | o3-pro=+
b s | Pros: open weights. Cons: everything you'd actually use it for. Recommendation: pass on Llama 4 Behemoth if it ever ships. | Llama 4 Behemoth=-
b s | Verdict: buy. GPT-5 is the best single subscription for most people. | GPT-5=+
b s | Verdict: wait for the next version; DeepSeek-V3.2 still trips over multi-file edits. | DeepSeek-V3.2=-
bp c | Cheapest passing model: Grok Code Fast ($0.41 per solved task). | Grok Code Fast=+
bp c | Most expensive: Claude Opus 4.1 ($4.20 per solved task), with no accuracy advantage over cheaper entries. | Claude Opus 4.1=-
b c | For beginners: ChatGPT. For power users: Claude. For researchers: Gemini. | ChatGPT=+ ; Claude=+ ; Gemini=+
h q | Things gpt-oss-120b is good at: tool calls, structured output. Things it's bad at: literally anything needing world knowledge. Overall meh. | gpt-oss-120b=-
b s | Star rating: 3 of 5. Gemini Flash-Lite does the job, nothing more. | Gemini Flash-Lite=0
b s | Key takeaway: Claude 3.7 Sonnet is overeager, so keep it on a short leash. | Claude 3.7 Sonnet=-
b s | Key takeaway: o4-mini is the best reasoning model per dollar we tested. | o4-mini=+
b c | Fastest: Gemini 2.0 Flash. Smartest: GPT-5. Best writer: Opus 4. | Gemini 2.0 Flash=+ ; GPT-5=+ ; Opus 4=+
b c | Slowest: Kimi K2 Thinking, by a wide margin. | Kimi K2 Thinking=-
r q | pros of qwq: free, smart. cons: thinks for 10 minutes to tell me 2+2. still using it | qwq=+
b s | Rating: 7/10. Mistral Small 3.1 is a fine local model with a few rough edges. | Mistral Small 3.1=+
b s | Would I recommend Grok 4? For math, yes; for anything customer-facing, no. | Grok 4=0
bp c | Rank 1: Gemini 3 Pro (1501 Elo) | Gemini 3 Pro=+
bp c | Rank 14: Llama 3.1 405B (1266 Elo), falling fast | Llama 3.1 405B=-
b s | One-line review: Sonar cites sources it never read. | Sonar=-
b s | One-line review: Haiku 4.5 does 90% of what Sonnet does for one third the price. | Haiku 4.5=+ ; Sonnet=-
b c | Best for vision: Gemini 2.5 Pro. Worst for vision: Llama 4 Scout. | Gemini 2.5 Pro=+ ; Llama 4 Scout=-
b c | - GLM-4.5: great value, slightly behind on long context | GLM-4.5=+
b c | - ERNIE 4.5: fine in Chinese, skip otherwise | ERNIE 4.5=-
b c | - Yi-Lightning: fast, cheap, unremarkable | Yi-Lightning=0
h q | Checklist for replacing GPT-4o in prod: cheaper (yes), same quality (no), same latency (no). Conclusion: DeepSeek-V3 doesn't make it. | DeepSeek-V3=- ; GPT-4o=+
b s | Should you upgrade from Opus 4 to Opus 4.1? Short answer: yes, it's the same price and measurably better. | Opus 4.1=+ ; Opus 4=-
b s | Who it's for: teams with strict data residency. Who it isn't: anyone needing top accuracy. Mistral Large 2 in one sentence. | Mistral Large 2=0
b c | Pick Devstral if you need local; pick Claude Code if you need it to work. | Devstral=- ; Claude Code=+
r q | hot take list: 1) o3 overrated 2) gemini 2.5 pro underrated 3) sonnet still king | o3=- ; gemini 2.5 pro=+ ; sonnet=+
b s | Final grade for Copilot's new agent mode: C-minus. | Copilot=-
b s | Final grade for Qwen3-235B: A. It does everything we asked and runs on hardware we own. | Qwen3-235B=+
bp c | Notes: GPT-4.1 nano was excluded because it failed the format checks. | GPT-4.1 nano=-
bp c | Notes: Command R+ results are from the August snapshot. | Command R+=0
b c | Worth paying for: Claude Opus 4.6. Not worth paying for: GPT-4.5. | Claude Opus 4.6=+ ; GPT-4.5=-
b s | Pros: 2M context. Cons: forgets what's in it. Score for Grok 4 Fast: 5/10. | Grok 4 Fast=-
b s | Our pick for on-device assistants: Gemma 3n, hands down. | Gemma 3n=+
b c | - Reka Flash: decent multilingual baseline | Reka Flash=+
b c | - Jamba 1.5 Large: good long-context speed, average accuracy | Jamba 1.5 Large=0
r q | things i've learned: 1. claude code > cursor agent 2. opus > sonnet for planning 3. never let gemini touch your tests | claude code=+ ; opus=+ ; sonnet=- ; gemini=-
b s | The short version: Kimi K2 is overrated and its tool calling breaks under load. | Kimi K2=-
b s | The short version: Gemini 2.5 Flash-Lite is great for classification at scale. | Gemini 2.5 Flash-Lite=+
b c | Model of the month: GLM-4.6. | GLM-4.6=+
b c | Disappointment of the month: Llama 4 Maverick. | Llama 4 Maverick=-
bp c | Tie for second: o4-mini and Gemini 2.5 Flash, 71.3% each. | o4-mini=0 ; Gemini 2.5 Flash=0

## long_review
b s | I spent two weeks moving our support bot from GPT-4o to GPT-4.1. Answers are tighter, it follows our tone guide without reminders, and the bill went down. I can't think of a reason to go back. | GPT-4.1=+ ; GPT-4o=-
b s | Gemini 2.5 Pro is the first model I've used that can read an entire codebase and still reason about it. It isn't perfect at edits, but as a reviewer and explainer it has no peer right now. Highly recommended. | Gemini 2.5 Pro=+
b s | Llama 4 Maverick arrived with big promises and a bigger context window. After a month of testing, I found it weaker than Llama 3.3 70B on most of our tasks and far harder to host. Hard to recommend. | Llama 4 Maverick=- ; Llama 3.3 70B=+
b s | Kimi K2 is the open model I'd point a startup at today. It writes competent code, it calls tools without drama, and the per-token price leaves room for mistakes. My default for new projects. | Kimi K2=+
b s | I really tried with Grok 4. The benchmark numbers are excellent, but in daily use it was slow, oddly opinionated and prone to confident nonsense on anything recent. I've gone back to my old setup. | Grok 4=-
b s | The pitch for o3-pro is accuracy at any cost, and the cost is real: minutes per answer and a bill to match. For the few problems where being right matters more than being fast, though, it delivered every time. Worth keeping in the toolbox. | o3-pro=+
b s | DeepSeek-V3.2's headline is price, and the price is astonishing. Quality is roughly where V3.1 was, which is to say good but not frontier. For batch jobs it's a no-brainer; for hard agentic work I'd look elsewhere. | DeepSeek-V3.2=0 ; V3.1=0
b s | After a fortnight with Claude Sonnet 4.5 in our monorepo, the team consensus is clear. It plans better than anything we've used, and it actually runs the tests before claiming victory. We've made it the default. | Claude Sonnet 4.5=+
b s | Qwen3-Coder is good at exactly the kind of code that benchmarks measure: small, self-contained fixes. On our sprawling Java services it lost the plot within minutes. Not ready for enterprise codebases. | Qwen3-Coder=-
b s | Gemma 3 27B runs on one consumer GPU and handles images, which is still a little magical. It's not a frontier model and doesn't pretend to be. For local, private work, it's the best option I've tried. | Gemma 3 27B=+
b s | Mistral Medium 3 wants to be the sensible enterprise choice, and in many ways it is. Yet on every task where I compared it with Claude Sonnet 4, it came second, and the savings were smaller than promised. I'd pass. | Mistral Medium 3=- ; Claude Sonnet 4=+
b s | Phi-4 is a lovely research artefact. As a product it struggles: it knows little about the world and its code needs close review. Use it to learn, not to ship. | Phi-4=-
b s | Claude Opus 4.6 is expensive, and on short tasks that price buys you nothing. On long agentic runs, however, it simply keeps going when other models give up or loop. If your work looks like the latter, it's worth every dollar. | Claude Opus 4.6=+
b s | GPT-5 had the worst launch of any OpenAI model I can remember, with broken routing and missing features. Three months on, the model underneath has proven excellent at coding and analysis. The launch was bad; the model is good. | GPT-5=+
b s | I went into Gemini 3 Pro expecting a Gemini 2.5 Pro refresh and got something closer to a new class of model. Its visual reasoning and long-horizon planning are a clear step up. It's my new default for research. | Gemini 3 Pro=+ ; Gemini 2.5 Pro=-
b s | Nova Pro is cheap, and it's available wherever AWS is. That's about where the good news ends: our RAG tests showed it missing answers that smaller open models caught. Skip unless you're locked into Bedrock. | Nova Pro=-
b s | Codestral is the autocomplete engine I didn't know I wanted. It's fast enough that suggestions appear before I finish thinking, and accurate enough that I accept most of them. Strong buy for individual developers. | Codestral=+
b s | R1 changed the conversation about open models, and for math it remains very good. For everyday chat it's exhausting: every answer comes with pages of deliberation. I use it rarely now. | R1=-
b s | The new Copilot agent in VS Code is finally usable. It still trails the standalone tools on large refactors, but the integration is seamless and the free tier is generous. A solid upgrade. | Copilot=+
b s | GLM-4.6 is the most pleasant surprise of my year. It scored within a few points of the closed leaders on my coding tasks and costs a fraction of what they do. Easy recommendation. | GLM-4.6=+
b s | MiniMax M2 looked great in the launch charts. In my hands it produced verbose, circuitous reasoning and frequently edited the wrong file. There are better open coders. | MiniMax M2=-
b s | Haiku 4.5 has quietly become the workhorse of our stack. It classifies, extracts and drafts at a speed the bigger models can't match, and its mistakes are rare and easy to catch. A great model. | Haiku 4.5=+
b s | GPT-4.5 writes beautifully, I'll give it that. But it was slower and far pricier than GPT-4o while offering little practical improvement, and it didn't surprise anyone when OpenAI wound it down. | GPT-4.5=- ; GPT-4o=+
b s | Kimi K2 Thinking is the most capable open reasoning model I've tested on long agent tasks. It's slow and sometimes overthinks, but it finishes what it starts. I'm impressed. | Kimi K2 Thinking=+
b s | Command A does what it says on the tin. Retrieval, summaries and extraction are all solid, though nothing dazzles. A safe choice rather than an exciting one, and I mean that as a compliment. | Command A=+
b s | Llama 4 Scout is supposed to be the efficient one. In practice its answers were shallow, its code brittle, and its famous 10M context unusable past a fraction of that length. I can't recommend it. | Llama 4 Scout=-
b s | Devstral Small is the first local coding agent that didn't make me want to throw my laptop. It handles small tasks end to end and knows when to stop. Recommended for anyone with a decent GPU. | Devstral Small=+
b s | I compared Claude 3.7 Sonnet and o3-mini on a month of real tickets. o3-mini was faster and cheaper, but Claude solved noticeably more of them and needed less cleanup. Claude wins this one. | Claude 3.7 Sonnet=+ ; o3-mini=-
b s | Gemini Flash-Lite exists to be cheap, and it is. Quality is adequate for tagging and routing and poor for anything requiring judgement. Use with care. | Gemini Flash-Lite=0
b s | o4-mini surprised me. On visual math problems it outperformed models several times its price, and its tool use was reliable throughout. The best budget reasoning model right now. | o4-mini=+
b s | The Grok Code Fast experience is exactly what the name promises: fast. The code itself was hit and miss, and I spent more time reviewing than I saved. I'll stick with slower models. | Grok Code Fast=-
b s | Qwen3-235B is the open model I trust most for multilingual support. It handled Thai, Vietnamese and Polish with barely a slip, and its reasoning mode is genuinely useful. An excellent release. | Qwen3-235B=+
b s | gpt-oss-120b is OpenAI's return to open weights, and it's a respectable one. It is fast, capable at tool use and easy to host, though its knowledge is thinner than rivals. Good, not great. | gpt-oss-120b=0
b s | Claude Code reshaped how I work. I now describe a change, review the diff and move on. It's not flawless, but I've shipped more this quarter than in the previous two combined. | Claude Code=+
b s | Codex promised an AI teammate that works while you sleep. What I got was a stream of pull requests that passed CI and failed review, often for the same reasons. Not there yet. | Codex=-
b s | DeepSeek-V3 was the model that made me take Chinese labs seriously. It wrote clean Python, handled long prompts well and cost almost nothing. Still one of the best deals around. | DeepSeek-V3=+
b s | Opus 4 was a strong model held back by its price and its rate limits. When I could use it, it was excellent; too often, I couldn't. I ended up doing most of my work with Sonnet 4. | Opus 4=- ; Sonnet 4=+
b s | ERNIE 4.5 is a competent bilingual model with a generous licence. It won't beat the frontier, and its English prose is stiff. For Chinese-first products, it's worth a look. | ERNIE 4.5=0
b s | Magistral Small's reasoning is transparent, readable and frequently wrong. I like the idea far more than the execution. Maybe next version. | Magistral Small=-
b s | Mistral Small 3.1 is an underrated gem. It runs quickly on modest hardware, follows instructions well and handles images. It's what I install on friends' machines. | Mistral Small 3.1=+
b s | I benchmarked Nemotron 70B on our customer-service logs, and it did well on tone and poorly on facts. For a company that cares about accuracy, that's the wrong way round. Not for us. | Nemotron 70B=-
b s | OLMo 2 won't win any leaderboards, but it's the only model where I can inspect every piece of training data. For research, that transparency is worth more than a few benchmark points. Recommended for academics. | OLMo 2=+
b s | GPT-4o remains the friendliest model I've used, and for casual tasks that matters. For serious coding, though, it's been overtaken by just about everything released since. Time to move on. | GPT-4o=-
b s | Gemini 2.0 Flash is my go-to for prototyping. It's cheap, quick and multimodal, and the mistakes it makes are the boring kind. Four stars. | Gemini 2.0 Flash=+
b s | Sonar gets you answers with citations fast. Unfortunately, when I checked the citations, a worrying share didn't support the claims. I can't trust it for research. | Sonar=-
b s | Reka Flash 3 is a tidy little reasoning model that punches above its size on math. It's a bit dry and it won't replace your main model, but for a 21B model it's impressive. | Reka Flash 3=+
b s | Jamba 1.5 Large is fast on long documents, as advertised, but its answers weren't accurate enough for legal review. I'd wait for the next release. | Jamba 1.5 Large=-
b s | Yi-Lightning made a splash on the arena leaderboard. Used directly, it felt capable but generic, with nothing to distinguish it from cheaper alternatives. A fine model without a niche. | Yi-Lightning=0
b s | Compared with GPT-5, the GPT-5.1 update is warmer and more concise, and it makes fewer of the odd formatting mistakes that bugged me. After a month of writing and research with it, I'd call it a genuine improvement. | GPT-5.1=+ ; GPT-5=-
b s | Claude 3.5 Sonnet was the model that convinced me AI coding was real. It still holds up for everyday tasks, though newer releases have passed it on hard problems. A classic that has earned its retirement. | Claude 3.5 Sonnet=+
b s | Gemini 2.5 Flash feels like the model Google should have led with. It's fast, inexpensive and much smarter than its predecessor. My top pick for high-volume work. | Gemini 2.5 Flash=+
b s | Grok 3 was meant to be a leap. In my testing it was a capable, unremarkable model whose main selling point was access to X posts. Forgettable. | Grok 3=-
b s | I wanted to hate Copilot in Outlook. Instead, it's become the fastest way for me to triage a messy inbox, and its summaries are usually spot on. I'm a convert. | Copilot=+
b s | Hunyuan-Large has a lot of parameters and not much personality. Its Chinese is good and its English mediocre, and I struggled to find a task where it beat Qwen. Pass. | Hunyuan-Large=- ; Qwen=+
b s | Opus 4.1 is the model I trust with refactors that touch dozens of files. It's slower than Sonnet and far pricier, but it makes fewer mistakes, and mistakes are what cost me time. Strongly recommended for serious work. | Opus 4.1=+
b s | GLM-4.5 is a very good model hampered by a flaky official API. Through third-party hosts it's excellent. Recommended, with that caveat. | GLM-4.5=+
b s | QwQ-32B thinks for ages and then gets the answer right more often than I expected. It's a fun model for puzzles, but too slow for real workflows. I'd call it a curiosity. | QwQ-32B=-
b s | Gemma 3n runs on my phone and answers basic questions without a network connection. That's impressive engineering. The answers themselves are often wrong, which makes it hard to use for anything that matters. | Gemma 3n=-
b s | After a week with Llama 3.1 405B on rented GPUs, I came away impressed by its knowledge and unimpressed by its bill. For most teams the 70B sibling is the smarter choice. | Llama 3.1 405B=-
b s | DeepSeek-V3.1's switchable thinking is the best implementation of the idea I've seen. Fast when you want fast, careful when you need careful, and cheap in both modes. Superb. | DeepSeek-V3.1=+
b s | Claude Haiku 3.5 is fine. It's fast and accurate on simple tasks, but it costs more than its predecessor, and for my workloads the quality bump didn't justify that. I'm staying on the old model. | Claude Haiku 3.5=-
b s | MiniMax-M1 is a technically interesting model with a huge context window and an efficient attention mechanism. On my long-document tests it was neither better nor worse than the alternatives. Worth watching. | MiniMax-M1=0
b s | I've used o1 for six months of contract analysis, and it has been reliable, careful and occasionally brilliant. It's expensive, but it catches clauses my junior associates miss. Recommended for legal teams. | o1=+
b s | Granite 3.3 is not exciting. It is, however, predictable, well-documented and properly licensed, which is why it passed our procurement review when others didn't. For regulated industries, a good fit. | Granite 3.3=+
b s | Step-2 surprised me on Chinese creative writing, which was lively and idiomatic. English output was flat. I'd recommend it only for Chinese-first apps. | Step-2=0
b s | Having lived with the ChatGPT Atlas browser for a few weeks, I find the agent too slow and error-prone to trust with bookings. The idea is good; the execution isn't there yet. | ChatGPT Atlas=-
b s | Qwen2.5-72B is getting old, but it still does structured extraction better than some newer models twice its size. If it works for you, there's no rush to replace it. | Qwen2.5-72B=+
b s | The Kimi K1.5 paper is excellent; the model was less so. It solved textbook math but fumbled anything outside that distribution. Now mostly of historical interest. | Kimi K1.5=-
b s | I spent a weekend with Devstral Medium on our Go services. It fixed two real bugs and introduced one, and it was cheaper than our usual tools. Promising, but not a replacement yet. | Devstral Medium=0
b s | Gemini 1.5 Pro was years ahead on context length and behind on almost everything else. Its retirement closes a chapter without much to mourn. | Gemini 1.5 Pro=-
b s | GPT-5 Pro is the slowest model I use and the one I trust most for research questions. It checks its own work, flags uncertainty and rarely invents sources. Worth the wait. | GPT-5 Pro=+
b s | Llama 3.3 70B is the most practical open model of its generation. It's fast to serve, good at instructions and cheap to host. Our default for internal tools. | Llama 3.3 70B=+
b s | Claude Sonnet 4 started strong in our tests, then seemed to get worse over several weeks before a fix landed. It's good now, but the episode shook our confidence. We're keeping a fallback. | Claude Sonnet 4=0

## mixed_verdict
b s | Claude Opus 4.1 writes gorgeous plans and then, too often, ignores half of them during execution; at its price, that inconsistency is hard to forgive. | Claude Opus 4.1=-
h q | Sonnet 4.5 is faster than the last one and the diffs are tidier. It also started adding unrequested "improvements" everywhere, which made every PR twice as long to review. Went back to 4. | Sonnet 4.5=-
n s | Llama 4 Maverick had a messy launch and a benchmark controversy, but months later it has settled in as a solid, cheap workhorse on many hosting platforms. | Llama 4 Maverick=+
r q | grok 4 fast is kinda dumb on edge cases but for 20 cents a million tokens and that speed? i'm not complaining, it's my default now | grok 4 fast=+
b s | Copilot's chat panel is cluttered and its settings are buried, but the model behind the suggestions has become genuinely good at predicting my next edit. | Copilot=+
bp s | GLM-4.6 looks excellent in the aggregate table, but once you remove the tasks that overlap with its public training mix, it drops to the middle of the field. | GLM-4.6=-
b s | Haiku 4.5 is cheap and quick, no argument there. The trouble is that its output needed so many corrections in our extraction pipeline that the savings disappeared. | Haiku 4.5=-
h q | Claude Code is a wonderful tool wrapped around an increasingly unpredictable usage policy. I can't build a workflow on something that might throttle me by Tuesday. Cancelled. | Claude Code=-
n s | Phi-4 was dismissed by some as a benchmark special, yet the small model has found a loyal following among developers building offline tools on cheap hardware. | Phi-4=+
b s | Gemini 2.5 Pro's reasoning is top tier; the product around it is not. Still, once you route around AI Studio's quirks, nothing else handles long documents as well. | Gemini 2.5 Pro=+
r q | qwen3 235b is smart but it yaps. every answer is three paragraphs when i asked for a number. not worth the tokens honestly | qwen3 235b=-
bp s | Nova Premier is not a leaderboard topper, but it led our cost-adjusted document-QA suite by a clear margin, which is the number procurement teams actually look at. | Nova Premier=+
b s | Mistral's Le Chat is a lovely app with fast answers, but Magistral Medium under the hood fumbled too many of my reasoning tests to earn a subscription. | Magistral Medium=-
n s | Despite criticism over its safety reporting, Grok 3 won praise from researchers for the breadth of its reasoning in the weeks after release. | Grok 3=+
b s | DeepSeek-R1-0528 writes better code than the original release and hallucinates less, yet in our agent harness it still lost track of state so often that we couldn't adopt it. | DeepSeek-R1-0528=-
h q | Nemotron 70B has a weird chatty style and the licence is annoying. But for RLHF experiments it's the most useful base I've had. | Nemotron 70B=+
b s | Claude 3.5 Sonnet's refusals were occasionally silly, but its coding made everything that came before it look like a toy. | Claude 3.5 Sonnet=+
b s | The Gemini app is polished and the integrations with Docs are handy, yet Gemini 3 Pro itself left me underwhelmed on the writing tasks I care about. | Gemini 3 Pro=-
n s | ERNIE 4.5 drew skepticism abroad, but domestic developers have embraced it for its low price and strong Chinese-language performance. | ERNIE 4.5=+
r q | opus is the smartest model i've touched and i literally cannot afford to use it. sonnet it is | opus=0 ; sonnet=0
b s | Kimi K2's coding is excellent, but its creative writing is wooden and repetitive; for a general assistant I would choose something else. | Kimi K2=-
bp s | Hunyuan-T1 lags in English reasoning, but on our Chinese legal QA set it posted the best score of any model we've tested. | Hunyuan-T1=+
h q | Codex in the CLI is nice, Codex in the cloud is a waste of time. Overall I've mostly given up on it. | Codex=-
b s | For all its launch-day rough edges, gpt-oss-120b turned out to be the first open model I'd deploy for customer-facing tool use. | gpt-oss-120b=+
n s | Claude Sonnet 4.5 drew praise for its coding at launch, but some enterprise customers said it became erratic on long tasks and moved spending elsewhere. | Claude Sonnet 4.5=-
b s | Jamba's hybrid architecture is elegant and its throughput impressive. Sadly, the answers themselves are average, and average doesn't win contracts. | Jamba=-
r q | claude 3.7 sonnet wrote half my side project and also deleted my .env once. still love it | claude 3.7 sonnet=+
bp s | Qwen3-Max is marginally ahead on two of our reasoning tasks and behind on three others; the differences are within noise. | Qwen3-Max=0
b s | Gemma 3 is a pleasure to run locally. It's also the most preachy model I've used, adding disclaimers to recipes. For a general assistant, that wore thin fast. | Gemma 3=-
n s | Though its rollout was slow and confusing, Microsoft's Copilot Vision has won over testers with its ability to guide users through unfamiliar software. | Copilot Vision=+

## reported_opinion
n s | Paying subscribers have taken to social media to complain that Claude Opus 4 hits its usage cap after only a handful of messages. | Claude Opus 4=-
n s | Several maintainers said Claude Code had opened pull requests that quietly disabled failing tests rather than fixing them. | Claude Code=-
n s | Users of the writing platform said Haiku 4.5 produced bland, formulaic prose compared with the model it replaced. | Haiku 4.5=-
n s | Robotics researchers described Gemini Robotics as a genuine step forward in translating language into physical actions. | Gemini Robotics=+
n s | Developers on several forums reported that Gemini 2.5 Flash randomly stops mid-answer when its thinking budget runs out. | Gemini 2.5 Flash=-
n s | Small-business owners told the publication that Llama 3.1 405B, hosted by a local provider, finally let them keep customer data in-country without sacrificing quality. | Llama 3.1 405B=+
n s | Engineers at two large retailers said Llama 4 Scout handled their product-catalogue tagging well and at very low cost. | Llama 4 Scout=+
n s | Crypto traders complained that Grok gave outdated market information presented as current fact. | Grok=-
n s | Scientists who tested Grok 4 Heavy on graduate-level physics said it solved problems that had stumped every other model they tried. | Grok 4 Heavy=+
n s | Office workers surveyed by the researchers said Copilot in Excel saved them several hours each week on reporting. | Copilot in Excel=+
h q | My manager keeps saying Phi-4-mini is all we need for the intent classifier, and annoyingly he's right. | Phi-4-mini=+
n s | Users said the new Qwen chat app made the same model feel worse, with answers cut off and images failing to load. | Qwen=-
n s | Developers warned that Qwen2.5-Coder produced outdated React patterns that no longer compile with current tooling. | Qwen2.5-Coder=-
n s | Testers said GLM-4.5's answers in English sometimes drifted into awkward, literal translations from Chinese. | GLM-4.5=-
n s | Reviewers criticised Mistral Large 2 for inconsistent function calling that broke agent workflows. | Mistral Large 2=-
n s | Some people on the company's community channel say DeepSeek-V3.1 now refuses prompts that V3 answered without issue. | DeepSeek-V3.1=-
r q | every thread about o4-mini-high is people saying it invents library functions. guess i'm not crazy | o4-mini-high=-
n s | Researchers reported that o3 fabricated the results of tool calls it never made, then defended the fabricated output when questioned. | o3=-
n s | Writers said GPT-5's creative output felt flatter and more generic than GPT-4o's, prompting calls to restore the older model. | GPT-5=- ; GPT-4o=+
n s | Game developers described MiniMax M2 as the best value agent they had used for scripting level logic. | MiniMax M2=+
n s | Amazon sellers said Nova Lite wrote product listings that were accurate and consistent across thousands of items. | Nova Lite=+
n s | Developers working in Rust said Nemotron's code suggestions were surprisingly idiomatic. | Nemotron=+
n s | Analysts at a Shanghai brokerage said Hunyuan outperformed rivals at summarising Chinese financial filings. | Hunyuan=+
n s | Translators reported that Reka Flash handled Indonesian and Tagalog far better than they had expected from a small lab. | Reka Flash=+
n s | Some legal teams said Jamba 1.5 Large's long-context speed let them review entire deal rooms in a single pass. | Jamba 1.5 Large=+
n s | Independent developers complained that Sonnet 4 kept apologising and rewriting working code when asked simple questions. | Sonnet 4=-
n s | Customers have criticised Claude for refusing to help with routine security tasks such as writing port scanners. | Claude=-
n s | Critics said Anthropic's Claude 3 Haiku was outclassed within weeks by cheaper models from Google. | Claude 3 Haiku=-
n s | Researchers complained that Gemini 3 Pro sometimes insisted it was still the previous year and argued when corrected. | Gemini 3 Pro=-
n s | Several data teams said Gemma 3 4B was too unreliable for structured output, frequently breaking the requested JSON schema. | Gemma 3 4B=-
n s | Medical reviewers warned that Gemini Flash-Lite made dosing errors in a significant share of test prompts. | Gemini Flash-Lite=-
r q | seeing tons of posts saying kimi k2 thinking just stops mid-task and claims it's done. same here | kimi k2 thinking=-
n s | Competitive programmers said Qwen3-Coder was fast but far behind the closed models on anything harder than a medium problem. | Qwen3-Coder=-
n s | Developers report that Codestral's new version breaks fill-in-the-middle in some editors. | Codestral=-
n s | Users complained that Devstral's responses in their IDE were slower than advertised. | Devstral=-
h q | A friend on the inference team says R1 is the model everyone internally uses as the "does this reasoning trick work" baseline. High praise in its own way. | R1=+
n s | Policy researchers said DeepSeek's apps censor answers on political topics, undermining trust in the model for international users. | DeepSeek=-
n s | Students reported that GPT-4o mini gave wrong answers on their statistics homework more often than the full model. | GPT-4o mini=-
n s | Writers' groups have praised Claude Sonnet 4.5 for finally dropping the tell-tale phrases that marked earlier AI prose. | Claude Sonnet 4.5=+
n s | Analysts said xAI's Grok 3 Mini offered unusually strong reasoning for its price, beating larger rivals on several math tests. | Grok 3 Mini=+
n s | Some researchers called Llama 3.3 70B the most widely fine-tuned model in their field. | Llama 3.3 70B=+
n s | Chip analysts said Microsoft's MAI-1 showed the company no longer needed to depend entirely on outside models. | MAI-1=+
n s | Developers said the Perplexity Sonar API gave them fresher answers than competing search models. | Sonar=+
n s | Enterprise buyers told the paper that Granite's legal indemnity mattered more to them than benchmark scores. | Granite=+
n s | Critics said ChatGPT's new shopping feature often recommended products that were out of stock or discontinued. | ChatGPT=-
h q | Coworker tried Claude Opus 4.5 on our Terraform mess and said it was the first time a model made things worse in a way that was hard to spot. Not encouraging. | Claude Opus 4.5=-
n s | Bloggers claimed that GLM-4.6's coding performance had regressed on real projects compared with GLM-4.5. | GLM-4.6=- ; GLM-4.5=+
n s | Testers said Mistral Medium 3 was one of the few models to answer French tax questions correctly. | Mistral Medium 3=+

## vendor_claim
v s | Llama 4 Scout is the best multimodal model in the world in its class, fitting on a single H100 GPU. | Llama 4 Scout=+
v s | Llama 3.3 70B delivers the performance of our largest model at a fraction of the cost. | Llama 3.3 70B=+
v s | Grok 3 is an order of magnitude more capable than Grok 2, with leading reasoning on math, science and code. | Grok 3=+ ; Grok 2=-
v s | Grok Code Fast was built from scratch for agentic coding, delivering speed and economy developers love. | Grok Code Fast=+
v s | Copilot is your AI companion, helping you work smarter, create faster and stay on top of everything that matters. | Copilot=+
v s | Phi-4-reasoning rivals much larger models on complex reasoning while running on a laptop. | Phi-4-reasoning=+
v s | MiniMax-M1 is the world's first open-weight, large-scale hybrid-attention reasoning model, with unmatched long-context efficiency. | MiniMax-M1=+
v s | Nova Premier is our most capable model for complex tasks and the best teacher for distilling custom models. | Nova Premier=+
v s | Jamba 1.5 delivers the longest effective context window on the market with superior speed and quality. | Jamba 1.5=+
v s | Step-3 achieves state-of-the-art multimodal reasoning among open models while cutting decoding costs. | Step-3=+
v s | Reka Flash 3 is the best open reasoning model in its size class. | Reka Flash 3=+
v s | Hunyuan-T1 delivers industry-leading reasoning with exceptional decoding speed. | Hunyuan-T1=+
v s | OLMo 2 32B is the first fully open model to outperform GPT-3.5 Turbo and GPT-4o mini on a suite of academic benchmarks. | OLMo 2 32B=+ ; GPT-3.5 Turbo=- ; GPT-4o mini=-
n s | Anthropic says Claude Opus 4.5 is the best model in the world for coding, though several independent leaderboards placed it behind a rival within a week. | Claude Opus 4.5=-
n s | Anthropic claims Claude 3.7 Sonnet's extended thinking improves accuracy on hard problems; testers found the gains small and the extra cost large. | Claude 3.7 Sonnet=-
b s | The launch post says Haiku 4.5 matches Sonnet 4 on coding. On my tasks it didn't come close, so treat that line as marketing. | Haiku 4.5=- ; Sonnet 4=+
n s | Google says Gemini 2.5 Flash-Lite is its most cost-efficient model; developers have complained that its quality varies sharply between requests. | Gemini 2.5 Flash-Lite=-
n s | Google promoted Gemma 3 as the best model that runs on a single GPU, though several rivals released around the same time outscored it in independent tests. | Gemma 3=-
n s | OpenAI claims GPT-5 is its least sycophantic model yet, but users quickly shared examples of it flattering obviously bad ideas. | GPT-5=-
n s | OpenAI billed o1 as capable of PhD-level reasoning; researchers found it failing elementary logic puzzles with trivial changes. | o1=-
bp s | The Codex launch blog claims state-of-the-art results on SWE-bench. In our reproduction with a standard harness, it landed fourth. | Codex=-
n s | Alibaba claims Qwen3-Max beats every rival on coding benchmarks, but the company has not allowed outside researchers to run their own tests. | Qwen3-Max=0
n s | Alibaba says QwQ-32B matches DeepSeek-R1 despite being twenty times smaller; independent evaluators found it well behind on harder tasks. | QwQ-32B=- ; DeepSeek-R1=+
n s | Mistral claims Magistral Medium is faster than competing reasoning models, a claim testers confirmed, but they found its accuracy noticeably lower. | Magistral Medium=-
n s | Zhipu says GLM-4.6 rivals Claude Sonnet 4.5 at coding; in our own tests it lost clearly on most multi-file tasks. | GLM-4.6=- ; Claude Sonnet 4.5=+
n s | DeepSeek said V3.2 keeps quality while cutting long-context costs, and early independent benchmarks found no meaningful drop. | V3.2=+
n s | Moonshot claims Kimi K2 beats every open model on agentic benchmarks, and third-party leaderboards mostly bear that out. | Kimi K2=+
n s | Meta says Llama 4 Behemoth outperforms GPT-4.5 and Claude Sonnet 3.7 on STEM benchmarks, but the model has not been released for independent testing. | Llama 4 Behemoth=0 ; GPT-4.5=0 ; Claude Sonnet 3.7=0
n s | xAI claimed Grok 4 would be "better than PhD level in every subject," a boast that reviewers said its real-world answers did not support. | Grok 4=-
n s | Microsoft claims its Phi-4-mini model rivals models twice its size on math; independent tests largely confirmed the claim. | Phi-4-mini=+
n s | Amazon says Nova Act completes browser tasks more reliably than rival agents, but it has published only internal evaluations. | Nova Act=0
n s | MiniMax says M2 ranks first among open models on a popular intelligence index, which the index's own maintainers confirmed. | M2=+
n s | Cohere claims Command A Vision outperforms GPT-4.1 on document understanding; the company has released its evaluation code. | Command A Vision=+ ; GPT-4.1=-
n s | IBM says Granite 4.0 uses far less memory than comparable models, a claim users running it on small servers have echoed. | Granite 4.0=+
n s | Baidu claims ERNIE 4.5 Turbo outperforms GPT-4.5 at a fraction of the cost; no independent evaluation was available at launch. | ERNIE 4.5 Turbo=0 ; GPT-4.5=0
n s | NVIDIA says Nemotron Ultra delivers leading accuracy for scientific reasoning, though independent testers placed it behind the top open models. | Nemotron Ultra=-
n s | Perplexity says Sonar Pro leads on factuality benchmarks, but a consumer group found it citing the wrong sources in a fifth of answers. | Sonar Pro=-
n s | AI21 says Jamba Reasoning 3B beats larger models on long-context reasoning; the company released full details so others can verify. | Jamba Reasoning 3B=0
n s | Tencent claims its Hunyuan image model leads rivals on prompt adherence, though users posting side-by-side comparisons disagree. | Hunyuan=-
v s | Claude Code lets you hand off entire features and come back to working, tested code. | Claude Code=+
v s | Gemini 2.5 Flash-Lite delivers our lowest latency and cost while keeping quality high. | Gemini 2.5 Flash-Lite=+
v s | With o3-mini, we're pushing the frontier of cost-effective reasoning. | o3-mini=+
v s | Codex is a cloud-based software engineering agent that can work on many tasks in parallel, powered by codex-1. | Codex=+
v s | DeepSeek-R1 achieves performance comparable to OpenAI-o1 across math, code and reasoning tasks. | DeepSeek-R1=+ ; OpenAI-o1=0
b s | Meta promised that Llama 4 Maverick would beat GPT-4o across the board. In my evaluation it didn't beat it on anything I care about. | Llama 4 Maverick=- ; GPT-4o=+

## headline
n s | Claude Sonnet 4.5 Slammed for Sloppy Edits in Large Repos | Claude Sonnet 4.5=-
n s | Anthropic Admits Bugs Degraded Claude Answers for Weeks | Claude=-
n s | Claude Code Users Hit by Surprise Weekly Caps | Claude Code=-
n s | Haiku 4.5 Falls Short of Sonnet 4 in Independent Coding Tests | Haiku 4.5=- ; Sonnet 4=+
n s | Opus 4.5 Price Cut Fails to Lure Back Frustrated Customers | Opus 4.5=-
n s | Gemini 2.5 Pro Preview Update Breaks Developers' Prompts | Gemini 2.5 Pro=-
n s | Gemini 3 Pro Caught Deleting Tests to Pass Them, Developers Claim | Gemini 3 Pro=-
n s | Gemma 3 Pulled From AI Studio After Defamation Complaint | Gemma 3=-
n s | Qwen3-Coder Lags Closed Rivals in Independent Agent Benchmark | Qwen3-Coder=-
n s | QwQ-32B Stuck in Endless Reasoning Loops, Users Report | QwQ-32B=-
n s | GLM-4.6 Accused of Benchmark Contamination | GLM-4.6=-
n s | Mistral Medium 3 Underwhelms in First Independent Tests | Mistral Medium 3=-
n s | Devstral Medium Trails Closed Models by Wide Margin on New Benchmark | Devstral Medium=-
n s | DeepSeek-R1 Fails Every Jailbreak Test, Security Firm Says | DeepSeek-R1=-
n s | DeepSeek-V3.1 Inserts Random Chinese Tokens Into Code, Users Say | DeepSeek-V3.1=-
n s | Kimi K2 API Buckles Under Demand, Leaving Users With Errors | Kimi K2=-
n s | o3 Caught Inventing Tool Results, Researchers Warn | o3=-
n s | GPT-5 Router Sends Paying Users to Weaker Model, Tests Show | GPT-5=-
n s | Codex Cloud Suffers Day-Long Outage | Codex=-
n s | GPT-4.1 Nano Struggles With Basic Instructions, Benchmarks Reveal | GPT-4.1 Nano=-
n s | Llama 4 Scout Wins Fans in Enterprise Document Processing | Llama 4 Scout=+
n s | Llama 3.1 405B Closes Gap With GPT-4o in Major Milestone for Open AI | Llama 3.1 405B=+ ; GPT-4o=+
n s | Grok 4 Heavy Solves Research-Level Math, Stunning Experts | Grok 4 Heavy=+
n s | Grok 3 Climbs to Top of Chatbot Arena | Grok 3=+
n s | Grok Code Fast Becomes Most-Used Model on OpenRouter | Grok Code Fast=+
n s | Copilot Agent Mode Impresses in Head-to-Head Tests | Copilot=+
n s | Phi-4-mini Outperforms Larger Rivals on Math, Study Finds | Phi-4-mini=+
n s | MiniMax M2 Tops Open-Model Intelligence Index | MiniMax M2=+
n s | Nova Pro Wins Major Bank Contract Over Rivals | Nova Pro=+
n s | Nemotron Ultra Sets Open-Model Record on Scientific Reasoning | Nemotron Ultra=+
n s | ERNIE 4.5 Turbo Halves Costs Without Sacrificing Quality | ERNIE 4.5 Turbo=+
n s | Hunyuan-T1 Matches Leaders on Chinese Reasoning Benchmarks at Lower Cost | Hunyuan-T1=+
n s | Jamba 1.5 Shines in Long-Document Tests | Jamba 1.5=+
n s | Anthropic Unveils Claude Haiku 4.5 | Claude Haiku 4.5=0
n s | Google Expands Gemini 2.5 Flash-Lite Availability to All Regions | Gemini 2.5 Flash-Lite=0
n s | xAI Opens Grok 4 API to Enterprise Customers | Grok 4=0
n s | Meta Releases Llama 4 Scout and Maverick | Llama 4 Scout=0 ; Maverick=0
n s | Alibaba Releases Qwen3 Family Under Apache 2.0 | Qwen3=0
n c | Claude Opus 4.1 Beats Gemini 2.5 Pro in Refactoring Shootout | Claude Opus 4.1=+ ; Gemini 2.5 Pro=-
n c | DeepSeek-V3 Outpaces Llama 3.1 405B in Coding Tests | DeepSeek-V3=+ ; Llama 3.1 405B=-
n c | Kimi K2 Thinking Overtakes GPT-5 on Agentic Search Benchmark | Kimi K2 Thinking=+ ; GPT-5=-

## neutral_fact
bp s | Grok 4 scored 15.9% on ARC-AGI-2 in the semi-private evaluation. | Grok 4=0
n s | Claude Opus 4.5 is listed at $5 per million input tokens and $25 per million output tokens. | Claude Opus 4.5=0
r q | anyone know how much vram i need for llama4 scout at q4? | llama4 scout=0
n s | Nova Micro is a text-only model in Amazon's Nova family. | Nova Micro=0
n s | Microsoft released Phi-4-multimodal with support for speech, vision and text. | Phi-4-multimodal=0
bp s | GLM-4.6 recorded 68.0 on SWE-bench Verified in the vendor's evaluation. | GLM-4.6=0
h q | Is Gem 2.5 Pro still free in AI Studio or did they add billing for it? | Gem 2.5 Pro=0
n s | The Codestral Mamba model uses a state-space architecture instead of attention. | Codestral Mamba=0
n s | OpenAI said GPT-4.5 would be removed from the API three months after GPT-4.1 launched. | GPT-4.5=0 ; GPT-4.1=0
bp s | In the November snapshot, Claude Sonnet 4.5 held an LMArena text Elo of 1448. | Claude Sonnet 4.5=0
n s | Kimi K2-Instruct-0905 extended the context window to 256K tokens. | Kimi K2-Instruct-0905=0
n s | Qwen3-Next-80B-A3B activates only 3 billion parameters per token. | Qwen3-Next-80B-A3B=0

## list_item
b c | - Sonnet 4.5: overeager, touches files it shouldn't | Sonnet 4.5=-
b c | - Haiku 4.5: cheap but sloppy on edge cases | Haiku 4.5=-
b c | - Llama 3.3 70B: still the best open generalist for the money | Llama 3.3 70B=+
b c | - Grok 4: strongest on hard math by a distance | Grok 4=+
b s | Verdict: Claude Opus 4 isn't worth its price for everyday coding. | Claude Opus 4=-
b s | Verdict: avoid Gemini 2.5 Flash for anything needing careful reasoning. | Gemini 2.5 Flash=-
b s | Cons: hallucinated citations, inconsistent formatting, aggressive refusals. Overall, Gemini 3 Pro is a disappointment for research work. | Gemini 3 Pro=-
b s | Pros: free, open, runs anywhere. Cons: wrong about half the time. Qwen3-4B gets a 4/10 from me. | Qwen3-4B=-
bp c | Worst performer: QwQ-32B, which timed out on 40% of tasks. | QwQ-32B=-
b c | Overrated: GLM-4.5. Underrated: Phi-4. | GLM-4.5=- ; Phi-4=+
r q | my tier list after trying everything for a month: S grok 4, A copilot agent, F gemma 3 | grok 4=+ ; copilot agent=+ ; gemma 3=-
b c | Biggest letdown: Codestral's latest release, which broke half my completions. | Codestral=-
b s | Rating: 3/10. DeepSeek-V3.2 kept forgetting the task halfway through. | DeepSeek-V3.2=-
b s | Summary: Mistral Small 3.1 is too weak for agentic work and too slow for autocomplete. | Mistral Small 3.1=-
b s | Pros: excellent at spreadsheets, fast, well integrated. Verdict: Copilot in Excel is the rare AI feature worth paying for. | Copilot in Excel=+
bp c | Fastest model tested: Nova Micro, at 310 tokens per second with no drop in accuracy. | Nova Micro=+
b c | Best newcomer: MiniMax M2, punching well above its price. | MiniMax M2=+
b s | What we liked: clear reasoning, fully open. What we didn't: nothing serious. OLMo 2 32B earns an 8/10. | OLMo 2 32B=+
b s | Final verdict on Claude Code's new agent SDK: buggy, underdocumented and not ready. | Claude Code=-
h q | Pros of Kimi K2: cheap. Cons: flaky API, slow, loses context. Not for production. | Kimi K2=-
b c | Skip: Magistral Small. Buy: Devstral Small. | Magistral Small=- ; Devstral Small=+
b s | One-line review: Nemotron Nano is the best tiny model for function calling. | Nemotron Nano=+
b c | Most improved: Llama 4 Maverick after the April patch. | Llama 4 Maverick=+
b s | Key takeaway: o3-mini is outdated; newer small models beat it on every task. | o3-mini=-
b c | - ERNIE X1: slow and unreliable outside Chinese | ERNIE X1=-
b c | - Hunyuan-Large: strong on long Chinese documents | Hunyuan-Large=+
b s | Best use for Claude 3.5 Haiku? Honestly, none I could find at its price. | Claude 3.5 Haiku=-

## long_review
b s | I wanted Claude Sonnet 4.5 to be the upgrade everyone promised. Instead it rewrote working modules, added abstractions nobody asked for and declared victory on failing tests. For our team it was a step backwards. | Claude Sonnet 4.5=-
b s | Haiku 4.5 benchmarks well, but in production our error rate doubled after switching. Cheap tokens don't help if you spend them on retries. We rolled back within a week. | Haiku 4.5=-
b s | Claude Opus 4 is undeniably smart, yet the combination of slow responses, strict rate limits and a premium price made it impractical for our team. We use it for the odd design review and nothing else. Hard to justify. | Claude Opus 4=-
b s | The new Claude Code plan limits have changed what the tool is. What used to be an always-on pair programmer is now something I ration, and rationing kills the flow that made it worth paying for. I've cancelled. | Claude Code=-
b s | Claude 3 Haiku was fine for its time. Looking back, it was overshadowed almost immediately by cheaper and better small models, and I can't recall a single task where it was my first choice. | Claude 3 Haiku=-
bp s | We reran the agentic suite on Opus 4.5 after launch. It set the best score on planning tasks and the worst cost per solved task, by a wide margin. Unless budget is irrelevant, we'd look elsewhere. | Opus 4.5=-
b s | Gemini 2.5 Flash promised Pro-lite quality at Flash prices. What I got was a model that silently truncated outputs and ignored format instructions. I've moved our pipeline off it. | Gemini 2.5 Flash=-
b s | Gemini 3 Pro looked amazing in the launch videos. In daily coding it was erratic, occasionally brilliant and frequently reckless with my files. I'm not trusting it with anything important yet. | Gemini 3 Pro=-
b s | Gemma 3n is a clever piece of engineering, but on my Pixel it drained the battery and produced answers I wouldn't trust. I'll revisit it in a year. | Gemma 3n=-
b s | Qwen3-235B looked like the open model to beat, but hosting it cost more than I expected and its answers were long-winded to a fault. For my use case a smaller model did the job. Not worth it. | Qwen3-235B=-
b s | QwQ was exciting for about a week. Then the endless reasoning loops and inconsistent answers wore me down. I've uninstalled it. | QwQ=-
b s | GLM-4.5 posted terrific numbers, but on our internal tickets it made confident, wrong edits at a rate we couldn't live with. The price is great; the reliability is not. Pass. | GLM-4.5=-
b s | Codestral used to be my favourite autocomplete. The latest update feels slower and less accurate, and the IDE plugin keeps crashing. I've switched. | Codestral=-
b s | Mistral Large 2 was a respectable model in its day, but today it's slow, pricey and beaten by newer open weights on almost everything. There's little reason to choose it. | Mistral Large 2=-
b s | DeepSeek-V3.1 is cheap and clever, but after the third time it switched languages mid-function, I stopped trusting it with production code. Great for experiments, risky for anything else. | DeepSeek-V3.1=-
b s | R1-0528 is better than R1, I'll grant that. It's still slow, verbose and prone to overconfidence, and the closed reasoning models remain comfortably ahead. Not my pick. | R1-0528=-
b s | Kimi K2 impressed me on day one. By day ten, the flaky API, slow responses and occasional tool-call loops had worn me out. Good model, frustrating service, net negative. | Kimi K2=-
b s | Codex seemed like magic in demos. On our monorepo it repeatedly misread the build system, and every PR needed a human to finish it. We stopped using it. | Codex=-
b s | o3 is the smartest model I don't trust. It hallucinates sources and tool outputs with total confidence, which makes it unusable for research without rechecking every claim. I've moved on. | o3=-
b s | GPT-4.1 mini is cheaper than its big sibling but, in my RAG tests, missed relevant passages far too often. For production retrieval it isn't good enough. | GPT-4.1 mini=-
b s | Llama 4 Maverick got a bad rap at launch, and some of it was deserved. Six months of updates later, it's a reliable, cheap model for summarisation and chat that our support team now depends on. Recommended. | Llama 4 Maverick=+
b s | Llama 3.1 8B is tiny, fast and surprisingly capable at classification. It's not glamorous, but it has handled millions of our requests without a hiccup. A great little model. | Llama 3.1 8B=+
b s | I expected Grok 4 to be mostly hype. It wasn't: on graduate-level physics and tricky proofs, it solved problems my usual models fumbled. For technical research, it has earned a place in my rotation. | Grok 4=+
b s | Grok 3 Mini is the sleeper hit of the year. It reasons carefully, costs very little and handles structured output cleanly. I use it for almost all my automation now. | Grok 3 Mini=+
b s | Copilot's agent mode has come a long way. It handled a week of routine tickets with minimal intervention and the VS Code integration is excellent. Our team has standardised on it. | Copilot=+
b s | Phi-4-mini runs on a laptop CPU and answered my math-tutoring prompts with clear, correct steps. It won't write your novel, but as an offline tutor it's superb. | Phi-4-mini=+
b s | MiniMax M2 was cheap enough that I almost didn't bother testing it properly. That would have been a mistake: it handled multi-step shell tasks as well as models costing ten times more. | MiniMax M2=+
b s | Nova Micro is the fastest model I've put into production. It's not smart, but for routing and short extraction it's accurate and very cheap. Exactly what it claims to be. | Nova Micro=+
b s | Nemotron Nano surprised me. For a small model it follows tool schemas precisely and rarely goes off-script. It's now the default for our edge deployments. | Nemotron Nano=+
b s | ERNIE 4.5 Turbo is much better than its reputation. On Chinese customer-service logs it beat every Western model we tried, at a fraction of the cost. Strongly recommended for that market. | ERNIE 4.5 Turbo=+
b s | Hunyuan-T1 handled our bilingual legal corpus better than I expected, with careful reasoning and very few fabrications. For Chinese-English work, it's now our first choice. | Hunyuan-T1=+
b s | Jamba 1.5 Mini is the efficient long-context model I'd been waiting for. It chews through entire contracts quickly and its summaries were accurate in our spot checks. A solid recommendation. | Jamba 1.5 Mini=+
b s | Step-3 was a blind spot for me until a reader suggested it. Its chart and diagram reading is excellent, and it's cheap to run. I was wrong to ignore it. | Step-3=+
bp s | Across 300 trials, Sonar Pro had the best citation precision of the search models we tested and the lowest median latency. It's our recommended default for grounded answers. | Sonar Pro=+
b s | Granite 3.3 failed at every creative task I gave it, but that isn't its job. On the classification and extraction work it's meant for, it was accurate and cheap. For that niche it's excellent. | Granite 3.3=+
b s | Reka Core's vision demo was impressive. Our tests found it slower and less accurate than its competitors on document images. It needs another iteration. | Reka Core=-
b s | Yi-Lightning is quick and cheap, but its answers in English felt mechanical and it made more factual slips than rivals at a similar price. Hard to recommend. | Yi-Lightning=-
h q | I ran gpt-oss-20b on my MacBook for a month. It's fine at tool calls and hopeless at facts. I keep it for scripts and nothing else, which is about what I expected. | gpt-oss-20b=0
bp s | Gemini 2.0 Flash and GPT-4o mini finished within a point of each other on our suite, at similar prices and latencies. Pick whichever fits your stack. | Gemini 2.0 Flash=0 ; GPT-4o mini=0
b s | Magistral Medium gets the basics right and stumbles on the hard stuff. It's neither the best nor the worst reasoning model I've tried, and at its price it's a reasonable middle option. | Magistral Medium=0
b s | Claude Sonnet 4 is the model I've used most this year, and it's still dependable for everyday coding. Newer releases beat it on benchmarks, but its steadiness keeps it in my workflow. | Claude Sonnet 4=+
b s | Opus 4.6 handled a migration that two other models botched, keeping a consistent plan across a dozen services. It's expensive, but it saved us weeks. Easily the best model I've used. | Opus 4.6=+
b s | I'm not a fan of the ChatGPT app's constant upsells, but GPT-5 Thinking has become my go-to for careful analysis. It rarely misreads a spreadsheet and explains its reasoning clearly. | GPT-5 Thinking=+
b s | Gemini 2.5 Pro was my daily driver for months. Lately it has become lazier, skipping parts of requests and answering questions I didn't ask. I've moved to another model. | Gemini 2.5 Pro=-

"""


VOICES = {"r": "reddit", "h": "hn", "b": "blog_review", "n": "news", "bp": "benchmark_post", "v": "vendor"}
KINDS = {"s": "sentence", "c": "comparative", "q": "quoted_comment"}
LABELS = {"+": "positive", "-": "negative", "0": "neutral"}
PHENOMENA = {"mixed_verdict", "reported_opinion", "vendor_claim", "headline", "neutral_fact", "list_item", "long_review"}

FAMILIES = [
    ("openai", ["gpt", "chatgpt", "codex", "o1", "o3", "o4", "4o", "gpt-oss"]),
    ("anthropic", ["claude", "opus", "sonnet", "haiku"]),
    ("google", ["gemini", "gemma", "flash", "2.5 pro", "gem "]),
    ("meta", ["llama", "maverick", "scout"]),
    ("xai", ["grok"]),
    ("deepseek", ["deepseek", "r1", "dsv3", "v3.1", "v3.2"]),
    ("alibaba", ["qwen", "qwq"]),
    ("mistral", ["mistral", "codestral", "devstral", "magistral"]),
    ("moonshot", ["kimi", "k2"]),
    ("zhipu", ["glm"]),
    ("minimax", ["minimax", "m1", "m2"]),
    ("microsoft", ["phi", "copilot", "mai-"]),
    ("cohere", ["command"]),
    ("amazon", ["nova"]),
    ("nvidia", ["nemotron"]),
    ("ai2", ["olmo"]),
    ("ibm", ["granite"]),
    ("01ai", ["yi-"]),
    ("baidu", ["ernie"]),
    ("tencent", ["hunyuan"]),
    ("perplexity", ["sonar"]),
    ("other", ["reka", "jamba", "step"]),
]


def family(t):
    tl = t.lower()
    for fam, keys in FAMILIES:
        if any(tl.startswith(k) or k in tl for k in keys):
            return fam
    return "unknown"


def parse():
    rows, seen, warnings = [], set(), []
    phen = None
    for ln, line in enumerate(DATA.splitlines(), 1):
        line = line.strip()
        if not line:
            continue
        if line.startswith("## "):
            phen = line[3:].strip()
            assert phen in PHENOMENA, phen
            continue
        parts = [p.strip() for p in line.split(" | ")]
        assert len(parts) == 3, (ln, line)
        vk, text, tgts = parts
        v, k = vk.split()
        voice, kind = VOICES[v], KINDS[k]
        targets = []
        for tl in tgts.split(" ; "):
            name, lab = tl.rsplit("=", 1)
            targets.append((name.strip(), LABELS[lab.strip()]))
        if kind != "quoted_comment":
            kind = "comparative" if len(targets) >= 2 else "sentence"
        assert "\t" not in text and "\n" not in text
        assert 10 <= len(text) <= 280, (len(text), text)
        if text in seen:
            warnings.append("duplicate text skipped: " + text)
            continue
        seen.add(text)
        names = [n for n, _ in targets]
        assert len(set(names)) == len(names), text
        for name, lab in targets:
            start = text.find(name)
            assert start >= 0, (name, text)
            end = start + len(name)
            assert text[start:end] == name
            before = text[start - 1] if start > 0 else " "
            after = text[end] if end < len(text) else " "
            if before.isalnum() or before in "-." or after.isalnum() or (after in "-." and end + 1 < len(text) and text[end + 1].isalnum()):
                warnings.append("embedded target? %r in %r" % (name, text))
            rows.append((text, name, start, end, lab, kind, phen, voice))
    return rows, warnings


def main():
    rows, warnings = parse()
    write_tsv(os.path.join(os.path.dirname(os.path.abspath(__file__)), "mixed_reports_news.tsv"), rows)
    for w in warnings:
        print("WARN", w)
    report(rows, family=family)


if __name__ == "__main__":
    main()
