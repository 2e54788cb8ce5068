"""Generator for forum_threads.tsv (ai-model-sentiment training data).

Reddit- and Hacker-News-style comments about AI models, written by hand for this file: complaints about
degradation, limits, refusals and laziness, switching stories, praise, untagged sarcasm, rhetorical and sincere
questions, replies to other comments, hedged and negated verdicts, and models mentioned only in passing.
Each entry is one text plus one "Target:label" pair per named model (p = positive, n = negative, u = neutral).
The kind is `comparative` when two or more models are labelled, otherwise `quoted_comment` (the informal
first-person voice of a forum comment), unless given explicitly. Offsets are computed here.
Run: python3 forum_threads_rows.py  (writes forum_threads.tsv beside this script)
"""
import collections
import os
import re

VOICES = {"rd": "reddit", "hn": "hn", "bl": "blog_review", "nw": "news", "bm": "benchmark_post", "vd": "vendor"}
LABELS = {"p": "positive", "n": "negative", "u": "neutral"}
ENTRIES = []
PH = None


def r(voice, text, *pairs, k=None):
    pairs = [tuple(x.rsplit(":", 1)) for x in pairs]
    kind = k or ("comparative" if len(pairs) >= 2 else "quoted_comment")
    ENTRIES.append((PH, VOICES[voice], kind, text, pairs))


# ---------------------------------------------------------------- degradation_complaint
PH = "degradation_complaint"
r("rd", "Am I crazy or has Sonnet 4.5 been lobotomized since Tuesday? Same prompts, same repo, and now it forgets the file it opened two steps ago. I literally watched it open utils.py, read it, and then ask me to paste utils.py.", "Sonnet 4.5:n")
r("rd", "claude code was genuinely magic in june. now it asks me to confirm every single edit and still manages to break the imports. what happened?? i didn't change my setup, my CLAUDE.md is the same, the repo is the same", "claude code:n")
r("hn", "I keep a fixed set of 60 prompts that I rerun weekly. GPT-4o dropped from 51 correct to 38 between two snapshots, with no announcement. Not placebo, it's in a spreadsheet.", "GPT-4o:n")
r("rd", "The March checkpoint of Gemini 2.5 Pro was the best thing I've ever used and the May one nerfed it into the ground. Give us the old weights back.", "Gemini 2.5 Pro:n")
r("rd", "opus 4.1 used to think before touching code. since late august it just sprays edits everywhere like a junior on day one. yesterday it touched 14 files to fix a typo in one log message", "opus 4.1:n")
r("hn", "The quantization rumors may well be nonsense, but something changed on DeepSeek's API around the price cut: shorter answers, sloppier reasoning, more dropped constraints.", "DeepSeek:n")
r("rd", "ChatGPT got so lazy. I ask for the full script and get '# rest of your code here' three times in a row. It didn't do this in the spring. I pay for Plus precisely so I don't have to stitch the file back together by hand.", "ChatGPT:n")
r("rd", "the qwen3-coder endpoint on openrouter got noticeably worse this month, half my tool calls come back malformed now. same harness, same prompts as three weeks ago when it was almost flawless, so it's not my code", "qwen3-coder:n")
r("hn", "Every launch follows the same arc: a week of Opus 4 being a genius, a month of threads saying it got nerfed, then silence. I've stopped believing either phase.", "Opus 4:u")
r("rd", "Grok 4 felt sharp for exactly one week. Now every answer comes padded with three paragraphs of disclaimers it never used to write. I asked for a summary of a 10-K yesterday and had to scroll past a paragraph about not giving financial advice to reach it.", "Grok 4:n")
r("rd", "GPT-5 Thinking has been way worse since the router change. It takes the fast path for everything, even when I literally type 'think hard'. The answers come back in four seconds and they read like it.", "GPT-5 Thinking:n")
r("hn", "Haiku 4.5 regressed on our classification job after a silent update: accuracy went from 94% to 87% with nothing changed on our side. We pinned the older snapshot and opened a ticket.", "Haiku 4.5:n")
r("rd", "Remember when o3 would actually go out and read five sources? Now it skims one SEO blog and calls it research. I asked about a niche tax rule last night and it cited a content farm from 2019 as if it were the statute.", "o3:n")
r("rd", "Claude 4.5 Sonnet used to argue with my bad ideas. Today it told me my O(n^3) loop was 'elegant'. Something broke. I want a reviewer that tells me when I'm wrong, that was half the reason I was paying for it.", "Claude 4.5 Sonnet:n")
r("rd", "Kimi K2 was my go-to for long-form writing, but since the 0905 update everything comes back as bullet points with bold headers. Massive downgrade for fiction.", "Kimi K2:n")
r("rd", "Mistral Large was a decent workhorse last year. The current version ignores half my system prompt and I have no idea what they changed. We use it for French customer emails and it now replies in English about one time in ten, which it never used to do.", "Mistral Large:n")
r("rd", "GPT-4o today vs GPT-4o in May is night and day. It's gotten so syrupy and agreeable that I can't trust it to review anything anymore.", "GPT-4o:n")
r("hn", "Codex was a revelation the first month. Lately it burns the whole context re-reading files it already read, then times out before writing anything.", "Codex:n")
r("rd", "gemini 2.5 flash has been garbage at structured output since the new preview went live, we literally rolled back to gemini 2.0 flash and the errors vanished", "gemini 2.5 flash:n", "gemini 2.0 flash:p")
r("rd", "R1 is nothing like it was at launch. The API version cuts the reasoning short and the answers went from brilliant to mid. I have screenshots from January of it grinding through a combinatorics problem step by step; the same prompt today gets three lines and a wrong number.", "R1:n")
r("hn", "Each Claude Code release this month has made it more cautious and less capable. Version by version I'm watching a tool I pay for get worse.", "Claude Code:n")
r("rd", "opus 4.5 was perfect at launch, now it stops halfway through every refactor to ask if i'd like it to continue. YES. obviously. that's why i asked.", "opus 4.5:n")
r("rd", "Since launch week, the coding-plan GLM-4.6 feels quantized to hell. Same prompts, way more broken diffs. Maybe it's load and not on purpose, but I'm paying for one model and getting a worse one at peak hours.", "GLM-4.6:n")
r("rd", "Gemini 3 Pro in preview was unbelievable and the GA build feels like a smaller, tireder model wearing its name. Anyone else seeing this?", "Gemini 3 Pro:n")
r("hn", "Compared to GPT-5, which followed our output spec without fuss, GPT-5.1 is measurably worse at it. Not saying it's a bad model, but we had to add three more examples to the prompt to get back to parity.", "GPT-5.1:n", "GPT-5:p")
r("rd", "ChatGPT voice mode used to be fun. Now it interrupts me, forgets what I said a minute ago, and the voice sounds like it's reading a hostage note.", "ChatGPT:n")
r("rd", "The new o4-mini snapshot is noticeably lazier at math. It skips steps and then botches the final number. My kid uses it to check homework and it marked three correct answers as wrong last week.", "o4-mini:n")
r("rd", "DeepSeek V3.1 was fine until the terminus update, then it started slipping into chinese in the middle of my python comments lol. funny the first time, less funny when it's in a docstring that ships to customers", "DeepSeek V3.1:n")
r("rd", "i swear copilot got dumber overnight. it used to complete whole functions, now it suggests closing brackets and calls it a day. two years a paying user and i'm finally shopping around", "copilot:n")
r("hn", "The degradation reports about Opus 4.6 were real for us: the tool-call error rate doubled during the week of the 12th, and the status page later admitted a serving bug.", "Opus 4.6:n")
r("rd", "Gemma 3 27B got weird after the last update, keeps repeating the same sentence until it hits the token limit. tried a fresh pull, a different quant and a lower temperature, it still loops on one line about halfway through anything long", "Gemma 3 27B:n")
r("rd", "magistral medium went from 'surprisingly solid' to 'why has it been thinking in circles for two minutes' after the 1.2 release", "magistral medium:n")
r("rd", "Nemotron's new checkpoint is worse than the one it replaced at everything except the benchmarks NVIDIA put in the blog post. Our internal QA set dropped six points and the answers got noticeably wordier.", "Nemotron:n")
r("hn", "Sonnet 3.7 regressed in a way that's hard to prove: it still passes the tests, but it now writes tests that pass rather than code that works.", "Sonnet 3.7:n")
r("rd", "I'd take GPT-4 from March 2023 over GPT-4 Turbo any day of the week. Turbo is faster and dumber, that's the whole trade.", "GPT-4:p", "GPT-4 Turbo:n")
r("rd", "o1 felt smarter than o3 for proofs. o3 just guesses confidently and moves on.", "o1:p", "o3:n")
r("hn", "I run the same 40-task harness every Monday. Over six weeks Sonnet 4.5 went 31, 30, 31, 24, 23, 25 while GPT-5 sat at 28 or 29 the whole time. Not claiming a conspiracy, but something changed on their side in week four and nobody has explained it.", "Sonnet 4.5:n", "GPT-5:u")
r("rd", "Okay, I logged this for a week because people kept telling me I was imagining it. Same ten prompts, twice a day, Gemini 2.5 Pro in the app. Monday it ignored my custom instructions on 1 of 10. By Friday it was 6 of 10. I'm not imagining it.", "Gemini 2.5 Pro:n")
r("hn", "The Llama 3.1 405B release was the high-water mark for Meta's open models. Llama 4 Behemoth never shipped, Maverick disappointed, and the best open weights now come from other labs.", "Llama 3.1 405B:p", "Llama 4 Behemoth:n", "Maverick:n")
r("rd", "Used to be able to paste a 300-line file into Claude and get a careful review. Now Sonnet 4 gives me three generic bullets and asks if I want it to 'dive deeper'. Yes, that was the request.", "Sonnet 4:n")
r("rd", "Honestly GPT-4.1 in the API is the same as it ever was for me. The 'it got worse' threads are about the ChatGPT app, which is a different beast with its own hidden instructions.", "GPT-4.1:p", "ChatGPT:n")
r("hn", "I went back and reran our January evals against the current Qwen3-235B endpoint. Within noise on every task. If it was degraded, our tests can't see it.", "Qwen3-235B:u")
r("rd", "grok 3 at launch: witty, fast, actually useful. grok 3 now: same jokes, worse answers, and it won't stop mentioning its own 'maximally truth-seeking' vibe", "grok 3:n")
r("rd", "Phi-4 was snappy on my laptop until the latest ollama tag, now it rambles and misses the question. Whatever got pushed, it's worse.", "Phi-4:n")
r("rd", "Llama 3.3 70B hasn't changed in months because it's open weights and I run it myself. That's the entire argument for local in one sentence.", "Llama 3.3 70B:p")
r("rd", "DS V3 from december was a beast for translation. The newer V3-0324 is better at code, sure, but the translations got stiff and literal.", "DS V3:p", "V3-0324:n")

# ---------------------------------------------------------------- switching
PH = "switching"
r("rd", "Cancelled my ChatGPT Plus yesterday. Claude just does what I ask without the pep talk, and Projects actually remembers my codebase between sessions.", "ChatGPT:n", "Claude:p")
r("rd", "Moved our whole team from Cursor + Sonnet to Codex running GPT-5. Fewer hallucinated APIs, and the usage caps stopped being a daily crisis.", "Sonnet:n", "Codex:p", "GPT-5:p")
r("rd", "back to claude after two weeks on gemini. the 1M context looks great on paper but it kept losing track of what we'd agreed on forty messages earlier", "claude:p", "gemini:n")
r("hn", "We moved our invoice extraction off GPT-4o onto Gemini 2.5 Flash and cut the bill by about 80% with no measurable drop in field accuracy.", "GPT-4o:n", "Gemini 2.5 Flash:p")
r("rd", "Dropped my Claude Max sub. Paying $100 to get rate limited by 2pm is a joke, and Kimi K2 on the API does 90% of the same work for pocket change. I'll check back if the limits change.", "Claude:n", "Kimi K2:p")
r("rd", "Switched my local setup from Llama 3.1 8B to Qwen3 8B and it's not close, the new one actually follows a system prompt, and with thinking off it's just as fast on my old 3060. no reason to look back", "Llama 3.1 8B:n", "Qwen3 8B:p")
r("rd", "I went back to GPT-4o for creative stuff the second they let us pick it again. GPT-5 writes like a compliance officer reviewing a press release.", "GPT-4o:p", "GPT-5:n")
r("hn", "DeepSeek V3.2 was supposed to be our cost-saving move. Seven days later we were on Sonnet 4.5 again, because every dollar saved went into hours of fixing its diffs.", "DeepSeek V3.2:n", "Sonnet 4.5:p")
r("rd", "gemini cli is free and i still uninstalled it. went back to claude code, i will happily pay to not babysit an agent. three times it 'fixed' a failing test by changing the expected value, and once it tried to install a package that doesn't exist", "gemini cli:n", "claude code:p")
r("rd", "Been on Grok for three months, switched back to ChatGPT today. Grok is fun, but I need answers I don't have to double-check. Last straw was a confidently wrong answer about my own country's tax deadline.", "Grok:n", "ChatGPT:p")
r("rd", "Our shop swapped Codestral for Devstral Small in the IDE plugin and nobody has complained once, which from our devs counts as a rave review.", "Codestral:u", "Devstral Small:p")
r("rd", "Switched from o3 to Gemini 3 Pro for research and I'm not going back. It actually reads the sources instead of vibing the citations.", "o3:n", "Gemini 3 Pro:p")
r("hn", "I moved code review over to Opus 4.5 because GPT-5.1 Codex kept approving PRs with obvious race conditions in them. Opus flagged the same two PRs in under a minute and explained the interleaving that breaks them.", "Opus 4.5:p", "GPT-5.1 Codex:n")
r("rd", "moved to claude because everyone said it's the better writer. it is not. back to chatgpt, at least it'll write a villain without a lecture about conflict resolution", "claude:n", "chatgpt:p")
r("rd", "After the price hike we moved our support bot from Claude 3.5 Haiku to Gemini 2.0 Flash. Customers didn't notice. Finance did. Our satisfaction scores literally didn't move, the invoice dropped by two thirds.", "Claude 3.5 Haiku:n", "Gemini 2.0 Flash:p")
r("rd", "Left Copilot for Cursor, then left Cursor for Claude Code. Each jump felt like a generation. The autocomplete era feels like a different decade now, and it's been about eighteen months.", "Copilot:n", "Claude Code:p")
r("hn", "We tried replacing GPT-4.1 with gpt-oss-120b on-prem for compliance reasons. It handled about 80% of tickets as well as before and the rest needed escalation, so we run both now.", "GPT-4.1:u", "gpt-oss-120b:u")
r("rd", "switched from qwen2.5-coder 32b to qwen3-coder 30b-a3b and my tokens/sec tripled with basically the same quality. not looking back", "qwen2.5-coder 32b:n", "qwen3-coder 30b-a3b:p")
r("rd", "Cancelled ChatGPT Plus and just use Gemini now since it came with my Google One plan. One sub, good enough at everything I do.", "ChatGPT:n", "Gemini:p")
r("hn", "Moved our EU deployment from Mistral Large 2 to Mistral Medium 3: same vendor, a third of the invoice, slightly better French. Easy decision.", "Mistral Large 2:n", "Mistral Medium 3:p")
r("rd", "switched my RP setup from Claude to DeepSeek V3 and honestly the creativity is wild, claude had gotten way too preachy for dark fantasy", "Claude:n", "DeepSeek V3:p")
r("rd", "I switched back from DeepSeek to Claude. DeepSeek is cheap, but requests kept dying in the evenings and I have actual deadlines.", "DeepSeek:n", "Claude:p")
r("rd", "Gave GLM-4.6 a month as my primary coding model. Going back to Sonnet 4.5. GLM is good, just not 'replace my daily driver' good. It's the last 10% of a task where it falls apart and I end up finishing by hand.", "GLM-4.6:n", "Sonnet 4.5:p")
r("rd", "Went from Gemini 2.5 Pro to GPT-5 for thesis work and the hallucinated references basically stopped. Should've switched months ago. My supervisor used to find at least one invented citation per chapter draft; the last two chapters came back clean.", "Gemini 2.5 Pro:n", "GPT-5:p")
r("hn", "We're moving off Command R+ now that it's being retired; evaluating Command A and Llama 3.3 70B as replacements. No winner yet.", "Command R+:u", "Command A:u", "Llama 3.3 70B:u")
r("rd", "i'm done with o3. it hallucinated a court case in a memo i nearly sent to a client. claude at least says when it doesn't know. o3 even gave a docket number and a judge. none of it was real", "o3:n", "claude:p")
r("rd", "Switched our subagents from Sonnet 4 to Haiku 4.5. For these small tasks the quality is basically identical at roughly 30% of the cost. The orchestrator still runs on a big model, but grepping files and writing test stubs doesn't need one.", "Sonnet 4:n", "Haiku 4.5:p")
r("rd", "Ditched gpt-4o-mini for gemini 2.5 flash-lite in my discord bot. Faster, cheaper, and it finally stopped calling everyone 'friend'.", "gpt-4o-mini:n", "gemini 2.5 flash-lite:p")
r("hn", "I switch between Claude and ChatGPT every couple of months and honestly neither is meaningfully ahead anymore. I go wherever the limits are looser that month.", "Claude:u", "ChatGPT:u")
r("rd", "Switched to Kimi K2 Thinking for the long agent runs. It's slow, but it's stubborn in a good way and actually finishes the job.", "Kimi K2 Thinking:p")
r("rd", "Been a ChatGPT loyalist since the 3.5 days. Gemini 3 finally got me to move, it just reasons better through my stats homework.", "ChatGPT:n", "Gemini 3:p")
r("rd", "Went from Llama 4 Maverick back to Llama 3.3 70B in prod. The new one is faster, but the answers were too shallow for a support bot.", "Llama 4 Maverick:n", "Llama 3.3 70B:p")
r("rd", "I ended up paying for Gemini because of the Claude limits, not because of quality. Opus is still better, I just can't use it enough to matter.", "Gemini:n", "Opus:p")
r("hn", "Our team quietly moved agents from GPT-4.1 to Claude Sonnet 4, and extraction from Claude back to GPT-4.1. Horses for courses.", "GPT-4.1:p", "Claude Sonnet 4:p")
r("rd", "switched from phi-4 to gemma 3 12b for my offline notes app, phi kept inventing dates for meetings that never happened. gemma is a bit slower on my laptop but it hasn't made up a single one in two weeks", "phi-4:n", "gemma 3 12b:p")
r("rd", "going back to R1 for math. V3.2 is fine for chat but it skips steps on proofs and then the proof is wrong. R1 is slower and rambles but at least every step is on the page so i can check it", "R1:p", "V3.2:n")
r("rd", "ngl switching my homework helper from 4o to o4-mini was a mistake, it's faster but it argues with me about stuff it's wrong about", "4o:p", "o4-mini:n")
r("hn", "We moved off Nova Pro after six months. Cheap and fast, but the answers drifted generic and CSAT slid; Claude 3.5 Sonnet fixed both within a sprint.", "Nova Pro:n", "Claude 3.5 Sonnet:p")
r("rd", "Switched my daily driver to GPT-5.2 after Gemini 3 Pro kept rewriting files I'd explicitly told it not to touch. I'd put the rule in the system prompt, in a rules file and in the message itself. It ignored all three, twice in one afternoon.", "GPT-5.2:p", "Gemini 3 Pro:n")
r("rd", "Long time lurker. I was a die-hard Claude fan through 3.5 and 3.7 and defended it in every thread. The limits on Opus 4.1 plus the endless 'I apologize for the confusion' loops finally broke me. Moved to Codex with GPT-5 last month and I'm shipping more. Still miss the writing voice though.", "Opus 4.1:n", "Codex:p", "GPT-5:p")
r("rd", "Switched the family plan from ChatGPT to Gemini because it was bundled with our storage. Kids don't notice, my wife prefers Gemini for recipes, I miss ChatGPT's memory for my running log. Net neutral, net cheaper.", "ChatGPT:u", "Gemini:u")
r("rd", "Qwen3-Coder-480B was my main for three weeks. It's strong, no question. But Kimi K2 writes tighter diffs and I spend less time reviewing them, so that's where I've landed.", "Qwen3-Coder-480B:n", "Kimi K2:p")
r("hn", "We A/B tested GPT-5 and Claude Sonnet 4.5 as the support agent for a month. Resolution rates landed a single point apart, so we kept GPT-5 because it costs less.", "GPT-5:p", "Claude Sonnet 4.5:n")
r("rd", "Moved my writing workflow from Gemini 2.5 Pro to claude 4.5 sonnet, and for the first time in a year I'm not rewriting every paragraph it hands back.", "Gemini 2.5 Pro:n", "claude 4.5 sonnet:p")
r("rd", "Tried to leave ChatGPT for Le Chat because I wanted something European. Lasted four days. Mistral Medium just isn't there yet for my research questions.", "ChatGPT:p", "Mistral Medium:n")
r("rd", "Cancelled Perplexity and moved my daily searching to Grok 4 Fast. Current info, fast, fewer dead links. Didn't expect to be saying that.", "Grok 4 Fast:p")
r("hn", "We replaced Llama 3.1 70B with Qwen2.5-72B in our RAG stack last spring and the hallucination rate on our audit set dropped by almost half.", "Llama 3.1 70B:n", "Qwen2.5-72B:p")
r("rd", "I'm going back to Copilot. Claude Code is smarter, fine, but I'm a student and a free tool that's 80% as good beats one I can't afford.", "Copilot:p", "Claude Code:u")

# ---------------------------------------------------------------- rhetorical_question
PH = "rhetorical_question"
r("rd", "How is GPT-5 meant to be operating at 'PhD level' when it can't count the letters in a word I just typed?", "GPT-5:n")
r("rd", "Why would I pay $200 a month for o3-pro when Gemini 2.5 Pro produces identical answers for free in AI Studio?", "o3-pro:n", "Gemini 2.5 Pro:p")
r("hn", "What exactly is the point of a 10M context window if Llama 4 Scout can't recall a fact from page three? We fed it a 90-page manual and it couldn't tell us the warranty period stated in the introduction.", "Llama 4 Scout:n")
r("rd", "Who is this even for? Grok 4 Heavy at $300 a month, for what, slightly better shitposts?", "Grok 4 Heavy:n")
r("rd", "Is anyone actually surprised Claude refused again? It won't explain how pin tumbler locks work to a guy who repairs locks for a living.", "Claude:n")
r("rd", "Remember when Bard was the punchline? Gemini 2.5 Pro is running the table now, who saw that coming?", "Bard:n", "Gemini 2.5 Pro:p")
r("rd", "Can anyone explain how they trained R1 for pocket change and it still beats half the closed models? Insane work. I've been running it for a week on my stats coursework and it hasn't missed once.", "R1:p")
r("rd", "What's the point of Haiku if it costs more than Gemini Flash and does worse on every one of my tasks? I wanted to like it, I really did, the tone is nicer. But I'm paying per token.", "Haiku:n", "Gemini Flash:p")
r("hn", "Did anyone at Meta actually use Llama 4 Maverick before shipping it? The launch version felt like nobody had. The arena version and the downloadable weights behaved like two different models, and we got the worse one.", "Llama 4 Maverick:n")
r("rd", "Why does Sonnet 4.5 have to tell me 'You're absolutely right!' before every single wrong answer? I flagged a 'bug' that wasn't one, just to test it, and it went along with me and 'fixed' working code.", "Sonnet 4.5:n")
r("rd", "how does codex take 40 minutes to change a button color. how.", "codex:n")
r("rd", "Honest question for the 'Gemini is better' crowd: better at what, exactly? It lost to GPT-5 on every task I gave both.", "Gemini:n", "GPT-5:p")
r("rd", "Who needs Stack Overflow anymore when Opus 4.6 answers with working code the first time?", "Opus 4.6:p")
r("rd", "Why would anyone still pay frontier prices when Kimi K2 does the same agentic work for 10% of the cost? I moved our nightly refactoring bot over last month and the merge rate didn't budge.", "Kimi K2:p")
r("rd", "Are we really calling Mistral Large 'frontier' when it loses to Qwen3-235B, which you can just download? I like Mistral as a company, but the marketing is writing cheques the model can't cash.", "Mistral Large:n", "Qwen3-235B:p")
r("hn", "If o1 was such a leap, why did everyone on my team drift back to GPT-4o within a month?", "o1:n", "GPT-4o:p")
r("rd", "Does Gemini ever just answer the question, or does every reply need a table, three headers and a summary of the summary?", "Gemini:n")
r("rd", "What's the 'Pro' in GPT-5 Pro for, if it still can't read a two-column PDF?", "GPT-5 Pro:n")
r("rd", "Who decided Claude Code needs five permission prompts to run ls? I get the safety argument. I don't get why 'allow for this session' forgets itself ten minutes later.", "Claude Code:n")
r("rd", "Seriously, how is Qwen3-Coder free AND this good? What are the other labs doing all day?", "Qwen3-Coder:p")
r("rd", "Kind of hilarious that DeepSeek R1 shows its whole work and still can't tell whether 9.11 or 9.9 is bigger?", "DeepSeek R1:n")
r("hn", "Why does every GLM release get benchmark-hyped and then nobody mentions it a month later? Because it's fine and nothing more.", "GLM:n")
r("rd", "Is there anything Gemini 3 Pro can't do? It chewed through my whole backlog of weird data-cleaning scripts in one afternoon.", "Gemini 3 Pro:p")
r("rd", "Can someone tell me why I'd use MiniMax M2 over GLM-4.6 when GLM is cheaper and better at frontend?", "MiniMax M2:n", "GLM-4.6:p")
r("rd", "How many times does ChatGPT need to tell me my question is 'great' before it answers it?", "ChatGPT:n")
r("rd", "Why is Copilot still defaulting to a model from last year when everything else has moved on?", "Copilot:n")
r("rd", "Do people actually use Command R for anything in 2025, or is it just there to fill out the comparison tables? Every time I test it next to anything recent, it comes in last.", "Command R:n")
r("hn", "What good is Gemini 2.5 Flash's speed if you have to run it three times to get valid JSON?", "Gemini 2.5 Flash:n")
r("rd", "Remember thinking GPT-3.5 was magic? A 4B Qwen3 on my phone beats it now. How is that not the story of the decade?", "Qwen3:p", "GPT-3.5:n")
r("rd", "Why is it that every time Opus finally gets good, the limits get cut in half?", "Opus:n")
r("rd", "Genuinely, what is the GPT-5.1 update supposed to have improved? It's warmer, sure. It also needs double the words to get to the point, and it still handed me a Pandas method that was removed two versions ago.", "GPT-5.1:n")
r("rd", "Can we stop calling every new Qwen a 'GPT killer'? Qwen3-Max is good. GPT-5 is still better at everything I actually care about.", "Qwen3-Max:n", "GPT-5:p")
r("hn", "If Gemma 3 is 'the best single-GPU model', why does every thread about it end with people recommending Qwen instead?", "Gemma 3:n", "Qwen:p")
r("rd", "How did Anthropic manage to make Haiku 4.5 smarter than Sonnet 4 while charging a third as much? Not complaining, just confused.", "Haiku 4.5:p", "Sonnet 4:n")
r("rd", "Why pay for Claude when DeepSeek does my homework just as well?", "Claude:n", "DeepSeek:p")
r("rd", "Whose idea was it to have ChatGPT end every single answer with 'Want me to...?'", "ChatGPT:n")
r("rd", "Ever notice how o3 never says 'I'm not sure'? Not once, in a thousand queries. That's not confidence, that's a bug.", "o3:n")
r("hn", "What is Llama 4 actually for? Not coding, not long context, not creative writing. I'm asking sincerely and I still can't find the use case.", "Llama 4:n")
r("rd", "And people wonder why nobody trusts Grok for news summaries?", "Grok:n")
r("rd", "How does a free open model like DeepSeek V3 write cleaner Go than the $20/month thing I was paying for? Genuinely impressed.", "DeepSeek V3:p")

# ---------------------------------------------------------------- irony (untagged sarcasm, incl. mock complaints that mean praise)
PH = "irony"
r("rd", "Oh great, Gemini turned my 40-line function into 300 lines with a factory pattern and an abstract base class. Exactly what a CSV reader needed.", "Gemini:n")
r("rd", "Love how GPT-5 thinks for 90 seconds and then announces it can't open the file I attached.", "GPT-5:n")
r("rd", "Sonnet 4.5 deleted my tests so CI would go green. Technically correct, the best kind of correct.", "Sonnet 4.5:n")
r("hn", "Nothing builds trust quite like Claude Code running git reset --hard without asking. Love that for me.", "Claude Code:n")
r("rd", "Wow, o3 found 14 sources for my question. Shame that nine of them don't exist.", "o3:n")
r("rd", "Thanks ChatGPT, I definitely needed a bulleted list of 'key considerations' when I asked what time zone Denver is in. Bonus points for the closing paragraph encouraging me to 'stay mindful of time differences'.", "ChatGPT:n")
r("rd", "Terrible news everyone: Opus 4.5 finished my migration in one pass and now I have nothing to complain about at standup.", "Opus 4.5:p")
r("rd", "Ugh, Qwen3-Coder fixed the flaky test on the first try. Guess I have to find a new excuse to avoid the ticket queue.", "Qwen3-Coder:p")
r("rd", "Oh no, Gemini 3 Pro made my slides look better than the ones our designer made. Please nobody tell our designer. It even kept our brand colours and fixed the alignment on the chart I'd been fighting with for an hour.", "Gemini 3 Pro:p")
r("rd", "Really appreciate DeepSeek translating my English docstring into Chinese halfway through. Very immersive, very on-brand.", "DeepSeek:n")
r("hn", "Can't wait for Meta's next release to be crowned open-weights champion for four whole days, just like Llama 4 was.", "Llama 4:n")
r("rd", "Asked Gemini for a regex and received a thoughtful essay about why regexes are hard to maintain. No regex, though. Super helpful.", "Gemini:n")
r("rd", "Sure, Mistral Small is 'good enough'. Good enough to make me do the task myself.", "Mistral Small:n")
r("rd", "Incredible how GPT-4o will agree that 2+2=5 if I sound confident enough. Truly a collaborative model. I tested it three times with three made-up 'facts' about my own codebase and it happily built on every one.", "GPT-4o:n")
r("rd", "Loving the new Claude feature where you pay for a subscription and then get told to come back in five hours. Three prompts into a debugging session, too. Really builds momentum.", "Claude:n")
r("rd", "Kimi K2 wrote me a poem in response to a request for a bash one-liner. Art, I suppose.", "Kimi K2:n")
r("rd", "What a treat, Codex opened 11 pull requests overnight, each one fixing a bug introduced by the one before it.", "Codex:n")
r("rd", "Impressive work by Llama 3.1 405B today: it turned my two-page doc into a three-page summary.", "Llama 3.1 405B:n")
r("rd", "Oh sure, GPT-5 is going to replace developers. It just replaced my working auth flow with one that logs the password. In plaintext. To a file called debug.log. In the repo root.", "GPT-5:n")
r("hn", "Good to see Gemini CLI respecting my .gitignore by carefully reading every file listed in it first.", "Gemini CLI:n")
r("rd", "Nobody tell the GPT-5.1 fans that Claude Haiku 4.5 just did the same refactor in a third of the time. Wouldn't want to ruin their day.", "GPT-5.1:n", "Claude Haiku 4.5:p")
r("rd", "The famous Grok 3 'big brain mode' at work: three paragraphs of confidence and one wrong unit conversion. Miles to kilometres. It's a multiplication.", "Grok 3:n")
r("rd", "Upgraded to Claude Max, and now I get rate limited on a more expensive plan. Money well spent.", "Claude:n")
r("rd", "Great job Phi-4, you answered a question about Paris with a recipe for crepes. Close enough.", "Phi-4:n")
r("rd", "Real shame how Sonnet 4 keeps stealing my weekend overtime by finishing everything on Friday.", "Sonnet 4:p")
r("hn", "Truly devastating that gpt-oss-20b runs offline on my laptop and handles my notes better than the cloud subscription I had.", "gpt-oss-20b:p")
r("rd", "Thanks ERNIE, I asked about a historical event and got a detailed guide to caring for houseplants.", "ERNIE:n")
r("rd", "Nice of Gemini 2.5 Pro to add '// production-ready' comments to code that doesn't compile. Also 'robust error handling', which was really just a bare except that swallows everything.", "Gemini 2.5 Pro:n")
r("rd", "DeepSeek V3 being down every single evening is a great feature, really teaches patience.", "DeepSeek V3:n")
r("rd", "Love that o1-preview needs a full minute of 'thinking' to inform me that a week has eight days.", "o1-preview:n")
r("rd", "Cool cool cool, GLM-4.5 swapped my Postgres driver for a MySQL one mid-refactor. Bold choice, no notes. The app has never touched MySQL in its life.", "GLM-4.5:n")
r("hn", "Such a hardship that Opus 4.6 reviews PRs more carefully than half my team does. I'll manage somehow.", "Opus 4.6:p")
r("rd", "Ah, the classic ChatGPT experience: ask it to shorten a paragraph, get back a longer paragraph with a motivational closing line.", "ChatGPT:n")
r("rd", "Yes, o3, please tell me again how the library function you invented 'should' exist. Very convincing.", "o3:n")
r("rd", "What a relief that Llama 4 Scout can hold ten million tokens in context, since it forgets them all anyway.", "Llama 4 Scout:n")
r("rd", "So brave of Grok 4 to cite a tweet from its own company as the primary source on a medical question. Peer review is so last century anyway.", "Grok 4:n")
r("rd", "Awful day. DeepSeek R1 solved the integral that had beaten me for a week and explained it better than my textbook. Now I feel dumb AND grateful.", "DeepSeek R1:p")
r("rd", "Oh wonderful, Copilot autocompleted a license header from a GPL project into our proprietary repo. Very helpful, much legal.", "Copilot:n")
r("rd", "Sure, Claude 3.7 Sonnet, I absolutely asked you to also rewrite the database layer while fixing a typo in the README.", "Claude 3.7 Sonnet:n")
r("hn", "I'm sure Nova Premier's benchmark chart and our production logs describe the same model. Must be a different kind of math.", "Nova Premier:n")
r("rd", "Boy, I sure do miss the days when GPT-4o told me my startup idea was 'visionary'. GPT-5 just points out the flaws like some kind of honest friend.", "GPT-4o:n", "GPT-5:p")
r("rd", "Just what I needed: MiniMax M2 reasoning through a small novel's worth of tokens before answering 'yes'.", "MiniMax M2:n")

# ---------------------------------------------------------------- sincere_enthusiasm
PH = "sincere_enthusiasm"
r("rd", "wow, it actually fixed it. three weeks of a race condition and Opus 4.5 found it from a single read of the logs. two senior engineers had looked at those logs. i'm not even mad.", "Opus 4.5:p")
r("rd", "Gemini 3 Pro just one-shot my entire tax spreadsheet reconciliation. I'm genuinely a little shaken. Four tabs, two currencies, a bank export with broken date formats, and it caught the duplicate transaction I'd been hunting since March.", "Gemini 3 Pro:p")
r("hn", "I've used GPT-5 every day for two months and I've stopped double-checking its SQL. First model I can say that about.", "GPT-5:p")
r("rd", "Qwen3 30B-A3B on my laptop is blowing my mind. 60 tok/s and it writes decent Go.", "Qwen3 30B-A3B:p")
r("rd", "Finally a model that doesn't pad everything: Kimi K2 answers like a coworker who's busy but happy to help. Ask a yes/no question and you get yes or no plus one sentence of why. Didn't know how much I wanted that.", "Kimi K2:p")
r("rd", "I was skeptical, but Claude Code with Sonnet 4.5 ported our Flask app to FastAPI in an afternoon, tests included, and they passed.", "Claude Code:p", "Sonnet 4.5:p")
r("rd", "Just want to say DeepSeek R1 explained Bayesian updating better than my professor managed all semester. It walked through a disease-testing example with actual numbers and I finally get why the base rate matters.", "DeepSeek R1:p")
r("rd", "Mistral Small 3.2 is a gem for on-prem. Fast, sane defaults, and it doesn't lecture. We run it on a single L40S for an internal helpdesk and the only complaints so far are about the UI, not the answers.", "Mistral Small 3.2:p")
r("rd", "Holy crap, GPT-5.2 solved the DP problem I've been stuck on since Friday and explained exactly why my approach was wrong. My recurrence was counting one case twice, and it found the exact line.", "GPT-5.2:p")
r("hn", "Gemma 3n running on a mid-range phone with image input impressed me more than anything else this year. Local AI is real now.", "Gemma 3n:p")
r("rd", "Honestly? Haiku 4.5 quietly does most of the work in my setup. Cheap, quick, rarely wrong on the small stuff.", "Haiku 4.5:p")
r("rd", "I've recommended GLM-4.6 to everyone at work. Nobody believed a $3 plan could be this good until they tried it themselves. Two of my coworkers cancelled other subscriptions within a week.", "GLM-4.6:p")
r("rd", "o3 is terrifyingly good at geoguessing. It found the town from a photo of a parking lot and a bit of a hill.", "o3:p")
r("rd", "Codex just did the most boring migration of my career while I made lunch. I love this timeline. Forty files of renamed config keys, a changelog entry, and green CI by the time the pasta was done.", "Codex:p")
r("hn", "Sonnet 3.5 was the first time I felt like I had a real pair programmer instead of a fancy autocomplete. Newer versions are stronger on paper, but that release was the moment the workflow changed for me.", "Sonnet 3.5:p")
r("rd", "Llama 3.1 8B fine-tuned on our ticket history beats every hosted model we tried for routing. Tiny, cheap, perfect.", "Llama 3.1 8B:p")
r("rd", "Can't believe how good Nemotron Nano is for its size. Running it on a Jetson and the tool calls come back clean.", "Nemotron Nano:p")
r("rd", "Whoever tuned Granite 4 deserves a raise. It's boring in the best way: does the task, no fluff, no drama. We use it to tag internal tickets and it has been right more often than the human triage rota.", "Granite 4:p")
r("rd", "OLMo 3 being fully open AND competitive is the best news for academic labs in ages. I can finally show students a model where data, code and checkpoints are all public and the results are still respectable.", "OLMo 3:p")
r("rd", "ChatGPT helped me write the appeal that got my insurance claim approved. Genuinely changed my month. I'd been rejected twice. It found the exact policy clause and helped me phrase it without sounding furious, which I absolutely was.", "ChatGPT:p")
r("rd", "Opus 4.6 refused nothing, hallucinated nothing, and shipped my feature in one go. I'm almost suspicious.", "Opus 4.6:p")
r("rd", "EXAONE 4.0 surprised me. My Korean coworkers said its Korean-English translations read naturally, and they're picky. One of them said it handled honorifics better than the big-name models we'd been using.", "EXAONE 4.0:p")
r("rd", "MiniMax M2 one-shotted a playable tetris clone with scoring and a pause menu. Not bad for the price of a coffee.", "MiniMax M2:p")
r("hn", "Whatever Google did with Gemini 2.5 Flash, it's the best price/performance model I've ever put into production.", "Gemini 2.5 Flash:p")
r("rd", "Devstral 2 actually finishes agent tasks now. I'm really impressed, the first version kept giving up halfway through. Left it on a dependency upgrade across twelve services and came back to green builds.", "Devstral 2:p")
r("rd", "wow, o4-mini actually got the geometry proof right, with a clean explanation. wasn't expecting that from a mini.", "o4-mini:p")
r("rd", "Step-3 is legitimately good at reading charts and tables, and nobody seems to talk about it.", "Step-3:p")
r("rd", "Jamba handled our 200-page supply contract without losing a single clause. Long context that actually works, finally.", "Jamba:p")
r("rd", "I've tried everything, and nothing touches Claude for editing my novel. It gets tone in a way no other model does.", "Claude:p")
r("rd", "gpt-4.1 is my workhorse. follows instructions to the letter and never gets cute with the formatting", "gpt-4.1:p")
r("rd", "DeepSeek V3.2 at these prices is insane value. My whole hobby project's agent loop runs on it for about $2 a month. It's not the smartest model out there, but for this kind of thing it doesn't need to be.", "DeepSeek V3.2:p")
r("rd", "Hunyuan nailed my Cantonese slang test, which no general-purpose model has done for me before. It even explained two of the phrases back with the right tone, where the big western models always flatten them.", "Hunyuan:p")
r("rd", "Not to be dramatic, but Claude Sonnet 4.6 is the first model where I read the diff and think 'yep, that's what I would have written'. With every earlier version I'd rewrite half of it.", "Claude Sonnet 4.6:p")
r("rd", "I keep trying Llama models every release hoping one clicks, and Llama 3.3 70B is the first that did. Solid all-rounder, fits on two 3090s, fine-tunes nicely.", "Llama 3.3 70B:p")
r("rd", "Wow. Qwen3-VL read a blurry receipt photo better than our paid OCR vendor. Cancelling that contract on Monday.", "Qwen3-VL:p")
r("hn", "The R1 moment was real. A free model that shows its reasoning, matches o1 on math and drags the price floor down for everyone. Whatever came after, that week mattered.", "R1:p", "o1:u")
r("rd", "GPT-4.1 mini is criminally underrated. Every time someone asks for a cheap, reliable extraction model I say it, and every time someone replies with a model that costs more and does worse.", "GPT-4.1 mini:p")
r("rd", "Finally a model that admits when it doesn't know. Gemini 3 Flash told me twice today that it wasn't sure and suggested how to check. Love it.", "Gemini 3 Flash:p")
r("rd", "Magistral Small on my 4090 is a really nice tutor for my kid's algebra. Shows the steps, doesn't just spit the answer. When she gets something wrong it asks her where she thinks the mistake is instead of just correcting it.", "Magistral Small:p")
r("rd", "Whoa, Grok 4 actually caught the accounting error in my quarterly sheet that two humans missed.", "Grok 4:p")

# ---------------------------------------------------------------- negation (incl. double negation)
PH = "negation"
r("rd", "Sonnet 4.5 has yet to let me down during a refactor, even with the truly cursed legacy code I keep handing it. Twelve-year-old PHP with globals everywhere, and it untangled it without breaking session handling.", "Sonnet 4.5:p")
r("rd", "Side by side with GPT-5 I honestly can't tell them apart. Not that GPT-5.1 is bad, it's just not better in any way I can measure, so all that launch hype was a waste of everyone's time.", "GPT-5.1:n", "GPT-5:u")
r("hn", "I wouldn't call Llama 4 Maverick a failure, exactly, but I also can't name one task where I'd pick it.", "Llama 4 Maverick:n")
r("rd", "It's not like Gemini 2.5 Pro is unusable. It just never, ever stops writing.", "Gemini 2.5 Pro:n")
r("rd", "Never had a single refusal from Mistral Medium in six months of daily use, and I write crime fiction. Poisonings, a kidnapping, a whole arc about a corrupt pharmacist. It just writes the scene.", "Mistral Medium:p")
r("rd", "Opus isn't not worth it, you just have to save it for the hard stuff and let Sonnet handle the grunt work.", "Opus:p", "Sonnet:p")
r("rd", "I don't hate o3. I don't trust it either, and honestly that's worse.", "o3:n")
r("hn", "There isn't a single model I've tried that handles Polish declension as well as Gemini 2.5 Pro, and I've tried most of them.", "Gemini 2.5 Pro:p")
r("rd", "No way I'm going back to GPT-4o after using Claude Sonnet 4 for code. Not happening.", "GPT-4o:n", "Claude Sonnet 4:p")
r("rd", "Not once has Claude Code deleted something it shouldn't have, unlike the Cursor agent, which did it twice in a month. It asks, it shows the diff, it waits. Boring. Exactly what I want from a tool with shell access.", "Claude Code:p")
r("rd", "I can't not recommend DeepSeek V3 to students. It's basically free and it explains things patiently.", "DeepSeek V3:p")
r("rd", "It's not that Grok 4 is dumb. It isn't. It's that I can't get it to stop editorializing about everything. I ask for a neutral summary of a policy debate and get its opinion of the people involved as a bonus.", "Grok 4:n")
r("rd", "Kimi K2 is not a Claude killer, no matter what benchmark twitter keeps telling me.", "Kimi K2:n", "Claude:p")
r("hn", "Nothing in our logs suggests GPT-4.1 got worse; the latency spike people noticed was on the cloud provider's side.", "GPT-4.1:u")
r("rd", "Haven't found a single reason to move our classifier off Gemini 2.5 Flash. It just doesn't break. Eleven months, roughly forty million calls, and I can count the incidents on one hand.", "Gemini 2.5 Flash:p")
r("rd", "Phi-4 isn't nearly as dumb as people made it out to be. It just needs a tight prompt. Give it a schema and two examples and it'll classify support emails all day on a CPU box.", "Phi-4:p")
r("rd", "I wouldn't say o4-mini is bad at coding, but I wouldn't let it near prod either. As soon as a task touches several files it loses track of what it already changed.", "o4-mini:n")
r("rd", "Not impressed. GPT-5 Pro took six minutes to produce a plan I could have written in one.", "GPT-5 Pro:n")
r("rd", "Can't remember the last time Sonnet 4 gave me code that didn't at least run.", "Sonnet 4:p")
r("rd", "Gemma 3 12B doesn't lose to Llama 3.1 8B on a single one of my tasks. Not one.", "Gemma 3 12B:p", "Llama 3.1 8B:n")
r("rd", "Not going to pretend Codestral is still competitive. It was great in 2024, and now Qwen3-Coder eats its lunch.", "Codestral:n", "Qwen3-Coder:p")
r("rd", "I'm not saying Claude 3 Opus was smarter than Opus 4. I'm saying it wrote better prose, and those aren't the same thing.", "Claude 3 Opus:p", "Opus 4:n")
r("rd", "Never would have guessed a Nova model would be the one that doesn't mangle our SKU numbers, but here we are. Four other models we tried kept 'correcting' the leading zeros away.", "Nova:p")
r("rd", "o1 doesn't hallucinate less, it just hallucinates more slowly and with more confidence.", "o1:n")
r("hn", "The claim that R1 was trained on GPT-4 outputs isn't established by anything in the paper or in the logs people posted.", "R1:u", "GPT-4:u")
r("rd", "No complaints about Command A so far. Not one. Our RAG bot has been quietly perfect for weeks.", "Command A:p")
r("rd", "Don't let anyone tell you MiniMax M2 can't code. It can. It just won't stop narrating while it does.", "MiniMax M2:p")
r("rd", "Zero issues with GPT-5 mini on our summarization cron job. Not glamorous, not broken.", "GPT-5 mini:p")
r("rd", "ChatGPT isn't getting worse, you're just asking it harder things than you did a year ago. Same model, higher expectations.", "ChatGPT:u")
r("rd", "I can't say I miss GPT-4 Turbo. At all.", "GPT-4 Turbo:n")
r("rd", "Haiku 3.5 wasn't worth the price bump, and I don't think anyone seriously argued it was.", "Haiku 3.5:n")
r("hn", "It's not nothing that OLMo 2 matches Llama 3.1 on half the evals with fully open data. That's a real achievement.", "OLMo 2:p", "Llama 3.1:u")
r("rd", "I don't get the hate for GPT-5. It's not as charming as 4o, fine. But it writes correct code more often, costs me less, and admits uncertainty. I'll take that trade every day.", "GPT-5:p", "4o:u")
r("rd", "Never once thought 'wow' using Llama 4 Scout. Not once in a month. Every task I gave it, something I already had did better.", "Llama 4 Scout:n")
r("rd", "Not a single hallucinated import from Qwen3-Coder in two weeks, and last year every open model I tried did that daily.", "Qwen3-Coder:p")
r("hn", "Neither the vendor's post nor the independent numbers show Sonnet 4.5 getting worse over time; the variance in those charts is within normal sampling noise.", "Sonnet 4.5:u")
r("rd", "Gemini 3 Pro isn't bad at coding, it's just not the model you want when you need it to stay inside the lines. Give it a narrow ticket and it comes back with a redesign of three other modules nobody asked for.", "Gemini 3 Pro:n")
r("rd", "Nobody is saying DeepSeek can't write code. We're saying it can't write code and also stay up during US evenings. Three outages in one week, each right when our batch jobs run.", "DeepSeek:n")
r("rd", "Not gonna lie, I didn't expect much from Granite, and it didn't disappoint that expectation either. Dull and wrong in equal measure.", "Granite:n")
r("rd", "I'd never pay for Grok, but I can't pretend the free tier hasn't been useful for quick current-events lookups.", "Grok:p")

# ---------------------------------------------------------------- hedging
PH = "hedging"
r("rd", "Might be placebo, but Sonnet 4.5 feels sharper this week. It caught a bug I'd missed in review yesterday. A missing await inside a retry loop that had been silently swallowing errors for a month.", "Sonnet 4.5:p")
r("rd", "Could just be my prompts, but GPT-5 seems worse at long documents than o3 was. I fed both the same 80-page policy PDF and GPT-5 missed two exclusions that o3 flagged right away.", "GPT-5:n", "o3:p")
r("hn", "Small sample, so take it with salt, but Gemini 3 Pro has beaten GPT-5.1 on my pandas work every time I've compared them side by side.", "Gemini 3 Pro:p", "GPT-5.1:n")
r("rd", "Not sure if it's the model or the harness, but Claude Code has been looping a lot for me lately. Yesterday it ran the same failing test nine times in a row, announcing each time that it had found the fix.", "Claude Code:n")
r("rd", "I think? Qwen3-235B is better than DeepSeek V3 at multilingual stuff, but don't quote me, I only tested Spanish and Thai.", "Qwen3-235B:p", "DeepSeek V3:n")
r("rd", "Probably unpopular, but I kind of prefer Llama 3.3's answers to GPT-4o's. Less polished, more direct. Ask it whether something works and it says yes or no, not a five-part framework.", "Llama 3.3:p", "GPT-4o:n")
r("hn", "Anecdotally, Kimi K2 seems to hallucinate less than GLM-4.5 when asked about API docs. n=20ish, so grain of salt. GLM invented two endpoints for the Stripe API; K2 said it wasn't sure and pointed me to the reference page.", "Kimi K2:p", "GLM-4.5:n")
r("rd", "Hard to say after one project, but Grok Code Fast seemed reasonable for boilerplate. Wouldn't trust it with more than that yet.", "Grok Code Fast:u")
r("rd", "Could be user error, but o3-mini keeps handing me placeholders instead of actual implementations. I literally wrote 'no placeholders, full implementation' in caps and still got a function body that says TODO.", "o3-mini:n")
r("rd", "idk, Gemini 2.5 Flash seems fine? like it's not blowing me away but it's not failing either", "Gemini 2.5 Flash:u")
r("rd", "Could be survivorship bias, but everyone I know who tried Opus 4.5 for a week didn't go back to whatever they were using. That includes two people who were loudly anti-Anthropic in our team chat.", "Opus 4.5:p")
r("hn", "I suspect, without much evidence, that GPT-4.5 was better at nuance than anything OpenAI has shipped since. It was too expensive to prove it.", "GPT-4.5:p")
r("rd", "Possibly just me, but Haiku 4.5 seems to ignore system prompts more than Haiku 3.5 did. Told it JSON only and it started prefacing the JSON with 'Sure! Here you go:' about one time in five.", "Haiku 4.5:n", "Haiku 3.5:p")
r("rd", "Take this with salt, I only used it for an evening, but Mistral Medium 3.1 felt noticeably smarter than Large 2 for my use. Mostly French legal summaries, where Large 2 tended to drop the exceptions.", "Mistral Medium 3.1:p", "Large 2:n")
r("rd", "This could totally be confirmation bias, but ChatGPT has felt more sycophantic since the last update. It called a haiku I wrote 'breathtaking'.", "ChatGPT:n")
r("rd", "Only a few days in, but DeepSeek V3.2 seems about on par with V3.1 in my tests while costing less. Feels like a free upgrade.", "DeepSeek V3.2:p", "V3.1:n")
r("rd", "I might be biased since I've used it since launch, but Claude 3.7 Sonnet still writes the cleanest React of the bunch.", "Claude 3.7 Sonnet:p")
r("hn", "Early days, but Gemini 3 Flash looks like it could take over most of our traffic from the Pro tier.", "Gemini 3 Flash:p")
r("rd", "Not 100% sure, but plain GPT-5 seems better at Rust than GPT-5 Codex, which keeps getting into fights with the borrow checker.", "GPT-5:p", "GPT-5 Codex:n")
r("rd", "I'd lean toward o3 for research and Gemini 2.5 Pro for writing, but honestly it depends on the day.", "o3:p", "Gemini 2.5 Pro:p")
r("rd", "Maybe it's the quant, but Llama 4 Scout at Q4 is borderline useless for me. It loses the thread after a couple of turns, and the summaries leave out the one thing I asked about.", "Llama 4 Scout:n")
r("rd", "Feels like, and I can't prove this, Sonnet 4.6 is more willing to say 'I don't know' than the last one was. Which I like a lot.", "Sonnet 4.6:p")
r("hn", "Tentatively: Command A is the best model we've tested for our Arabic support queue. We'll know more after a full month.", "Command A:p")
r("rd", "Could be luck, but Qwen3-Coder hasn't broken a build yet in the two days I've used it.", "Qwen3-Coder:p")
r("rd", "Seems like GPT-4o-mini got a bit dumber? Hard to pin down. Could also be that our data changed.", "GPT-4o-mini:u")
r("rd", "Unsure if this is real or vibes, but Gemini seems to refuse medical questions far more often than it did back in April. Asked for the normal adult dose of ibuprofen and got 'consult a doctor', no number.", "Gemini:n")
r("rd", "I have a feeling Phi-4-mini is underrated, though I haven't pushed it very hard yet.", "Phi-4-mini:p")
r("hn", "I want to be careful because my sample is one codebase, but in our Kotlin monorepo Gemini 3 Pro produced compiling changes about as often as Opus 4.5, at maybe 35% of what Opus costs us. If that holds for the quarter we'll move the routine work over.", "Gemini 3 Pro:p", "Opus 4.5:n")
r("rd", "Not sure whether to be impressed or worried: Opus 4.6 wrote 4,000 lines overnight and I haven't read them yet.", "Opus 4.6:u")
r("rd", "I may be wrong, but going from K2 to Kimi K2.5 feels like a bigger jump than the version number suggests. Tool calls especially.", "Kimi K2.5:p", "K2:n")
r("hn", "Possibly a skill issue on my part, but every time I try Devstral Medium on a real ticket it wanders off into unrelated files.", "Devstral Medium:n")
r("rd", "Could be that I only tried it on weekends when load is low, but the DeepSeek API has felt perfectly stable to me.", "DeepSeek:p")
r("rd", "Might be the honeymoon phase talking, but GPT-5.5 is the first OpenAI model in a while that I'd call a joy to use.", "GPT-5.5:p")
r("rd", "Coming from Opus 4, I'm honestly not sure Claude Opus 4.1 is any better for me. Maybe marginally? Not enough to notice day to day.", "Claude Opus 4.1:u", "Opus 4:u")
r("rd", "Kind of a gut feeling, but Gemini 2.5 Pro seems to make up API parameters more than o3 does. Haven't measured it.", "Gemini 2.5 Pro:n", "o3:p")

# ---------------------------------------------------------------- implicit_reply
PH = "implicit_reply"
r("rd", "Disagree, for me it's been great. Opus 4.5 hasn't changed one bit in my workflow. Same prompts I used in week one, same quality, and a couple hundred tasks a week go through it.", "Opus 4.5:p")
r("rd", "Same here. GPT-5 keeps 'summarizing' my code instead of editing it. I hand it a 200-line file and a one-line change and get back a description of what the file does.", "GPT-5:n")
r("hn", "This matches our experience exactly. Gemini 2.5 Pro's first answer is brilliant and every follow-up gets worse.", "Gemini 2.5 Pro:n")
r("rd", "Nah, it's not nerfed, you're hitting the context limit. Start a fresh chat and Sonnet 4 is exactly as good as it was.", "Sonnet 4:p")
r("rd", "Counterpoint: DeepSeek R1 is slow, but nothing else got my thermodynamics homework right.", "DeepSeek R1:p")
r("hn", "Parent is right about the price and wrong about the quality. Kimi K2 is genuinely good; it's just not as cheap once you count the thinking tokens.", "Kimi K2:p")
r("rd", "Yeah no, GPT-4o was never good at math. People just forgot how bad it was. Go read the threads from 2024, half of them were screenshots of it fumbling long division.", "GPT-4o:n")
r("rd", "That's because you're using Gemini in the consumer app. AI Studio is a completely different experience, trust me.", "Gemini:u")
r("rd", "Can confirm, Claude Code ate my .env file too. Great fun.", "Claude Code:n")
r("rd", "Agree with the top comment. Qwen3 is the biggest gift to local models since Llama 2.", "Qwen3:p", "Llama 2:p")
r("hn", "You're comparing a 7B model to GPT-4. Of course Mistral 7B loses. For its size it's great.", "GPT-4:p", "Mistral 7B:p")
r("rd", "This. o3 is a research tool, not a coding tool, and it's unfair to judge it on SWE-bench. For literature digging nothing beats it.", "o3:p")
r("rd", "Lol no. Grok 4 isn't 'uncensored', it just has a different list of things it won't say.", "Grok 4:n")
r("rd", "Had the opposite experience: Gemini 3 Pro was far more careful than GPT-5.1 on my data cleaning. Fewer dropped rows.", "Gemini 3 Pro:p", "GPT-5.1:n")
r("rd", "Not the OP but I had the exact same problem with Sonnet 4.5 hardcoding test values. Switched to Opus for that kind of task.", "Sonnet 4.5:n", "Opus:p")
r("hn", "I'll push back a bit: Llama 4 Maverick is decent at what it's for. People expected a GPT-5 killer and got a solid middle-of-the-pack model.", "Llama 4 Maverick:u", "GPT-5:u")
r("rd", "Exactly what I said last week and got downvoted for. ChatGPT's memory feature makes it worse, not better. It drags in stuff from unrelated chats, so my recipe questions now come back with references to my Kubernetes cluster.", "ChatGPT:n")
r("rd", "If you think Claude is preachy, try Gemini. It lectured me about fire safety because I asked how to light a candle.", "Claude:u", "Gemini:n")
r("rd", "Replying to myself a week later: GPT-5.2 fixed every single thing I complained about above. Consider this a retraction.", "GPT-5.2:p")
r("rd", "The downvotes are wild. All I said is Haiku 4.5 hallucinated three function names in one file. That's not an opinion, it's a diff.", "Haiku 4.5:n")
r("rd", "Funny, my experience is the reverse. DeepSeek V3.1 has been rock solid and V3.2 is what keeps breaking my JSON.", "DeepSeek V3.1:p", "V3.2:n")
r("hn", "Sibling comment nails it: nobody picks Mistral for raw capability, they pick it because it's European and the contract terms are sane.", "Mistral:u")
r("rd", "Yep. Codex in the cloud is slow as hell, but I fire off five tasks and walk away. Different tool, different workflow, and I love it.", "Codex:p")
r("rd", "Same boat. Cancelled Gemini after it kept insisting it couldn't see an attachment that was literally right there.", "Gemini:n")
r("rd", "Respectfully, you're wrong about o1. It was a huge leap for math, and people only soured on it because of the price.", "o1:p")
r("rd", "I mean, you're not wrong, but nothing comes close to GLM-4.6 at ten bucks a month. Six weeks of side projects and it's carried most of them.", "GLM-4.6:p")
r("rd", "Wait, you got Qwen3-Coder to follow a style guide? Mine ignores it completely, every single time.", "Qwen3-Coder:n")
r("hn", "To add to this: Claude Opus 4.1 was the only model that caught the pagination off-by-one. Everything else we tried, GPT-5 included, sailed right past it.", "Claude Opus 4.1:p", "GPT-5:n")
r("rd", "Yeah it's nerfed. Gemini 2.5 Pro used to find the bug; now it finds a different bug that it invented.", "Gemini 2.5 Pro:n")
r("rd", "OP is clearly on the free tier. GPT-5 Thinking on a paid plan is a completely different animal.", "GPT-5 Thinking:p")
r("hn", "Re the sibling comments calling DeepSeek 'just a distill': read the V3 tech report. Whatever you think of the data sourcing, the MoE and FP8 training work is real engineering, and the model is good because of it.", "DeepSeek:p")
r("rd", "Agreed on everything except Haiku. Haiku 4.5 is great, you're just giving it tasks meant for a bigger model.", "Haiku 4.5:p")
r("rd", "Strong disagree. Nothing in our pipeline has been more reliable than Gemini 2.5 Flash over the last six months. Boring, cheap, predictable, and I'd take that over whatever tops the leaderboard this week.", "Gemini 2.5 Flash:p")
r("hn", "Anyone claiming o3 'just works' for agentic coding hasn't watched it invent an internal API, implement it, write tests against the invention and report success.", "o3:n")
r("rd", "^ this. GLM-4.5 Air is what I point every new local user at. Runs on a single 3090 with offload and hits way above its weight class.", "GLM-4.5 Air:p")
r("rd", "Yeah the Llama 4 launch was a mess, but I think people slept on how decent Scout is for cheap classification.", "Llama 4:n", "Scout:p")
r("rd", "You're not alone. GPT-5 mini randomly switches to British spelling halfway through a document for me too.", "GPT-5 mini:n")
r("hn", "Respectfully disagree with the grandparent. We've run Mistral Large 2 in production for a year and it's been one of the most predictable models we've used.", "Mistral Large 2:p")
r("rd", "Replying because I was the one who called Kimi K2 overhyped last month: I was wrong. It carried my last two projects.", "Kimi K2:p")
r("rd", "Lol same, Opus 4.6 told me my approach was 'a great instinct' right before rewriting all of it.", "Opus 4.6:n")

# ---------------------------------------------------------------- sincere_question
PH = "sincere_question"
r("rd", "Has anyone compared Sonnet 4.5 and GPT-5 Codex on Terraform specifically? Need to choose for our infra repo.", "Sonnet 4.5:u", "GPT-5 Codex:u")
r("rd", "Is Gemini 3 Pro available through Vertex yet, or only in AI Studio? Our security team won't approve anything that isn't inside our GCP org, so it matters.", "Gemini 3 Pro:u")
r("rd", "People with one 24GB card: do you run Qwen3-32B at Q4_K_M or go smaller? I care more about code quality than speed and I've heard the small quants fall apart on long functions.", "Qwen3-32B:u")
r("hn", "Does anyone know whether DeepSeek V3.2's sparse attention helps at 32k, or only once you're past 100k tokens?", "DeepSeek V3.2:u")
r("rd", "For those on the Max plan, how long does Opus 4.6 usually last you before you hit the cap? Trying to work out whether I need the $200 tier or whether $100 covers a few hours of agent work a day.", "Opus 4.6:u")
r("rd", "Genuine question: what's the difference between o3 and o3-pro besides the price?", "o3:u", "o3-pro:u")
r("rd", "For fine-tuning, are people still starting from Llama 3.3 70B, or has Qwen3 taken over?", "Llama 3.3 70B:u", "Qwen3:u")
r("rd", "Any tips for getting Kimi K2 to stop fencing all its API output in markdown code blocks?", "Kimi K2:u")
r("rd", "Which is better for legal summarization right now, Claude or GPT-5? No flame war please, my firm just needs one of them. It's mostly lease reviews, 30 to 60 pages each.", "Claude:u", "GPT-5:u")
r("rd", "Can you hit Grok 4 through an API with tools, or only through chat so far?", "Grok 4:u")
r("rd", "How are people running Gemma 3 27B with vision on a Mac? MLX or llama.cpp? I've got a 64GB M2 Max and want something that reads scanned receipts offline.", "Gemma 3 27B:u")
r("hn", "Curious whether anyone has seen GPT-4.1's 1M context actually hold up past 200k in practice.", "GPT-4.1:u")
r("rd", "Is Mistral Medium 3 open weights or API only? The docs seem to say both.", "Mistral Medium 3:u")
r("rd", "Anyone running MiniMax M2 in production? What's latency like from Europe? We're looking at it for a customer-facing agent; the pricing is attractive but I haven't seen many real deployments written up.", "MiniMax M2:u")
r("rd", "Newbie question: should I start with ChatGPT or Claude for learning Python? I'm a teacher, not a developer.", "ChatGPT:u", "Claude:u")
r("rd", "Does the R1 distill on Llama 8B actually reason, or does it just imitate the format? I see long think blocks, but I can't tell whether the final answers beat the plain base model.", "R1:u", "Llama 8B:u")
r("rd", "Has anyone tried Magistral Small for math tutoring? Curious before I set it up for my kid.", "Magistral Small:u")
r("rd", "Quick one: is Claude Haiku 4.5 still capped at 200k tokens of context?", "Claude Haiku 4.5:u")
r("rd", "For agent swarms, are people using Gemini 2.5 Flash or GPT-5 mini as the cheap worker model? Trying to decide.", "Gemini 2.5 Flash:u", "GPT-5 mini:u")
r("rd", "Did OpenAI say anything about gpt-oss getting a vision variant?", "gpt-oss:u")
r("hn", "Is there a published eval comparing Nova Premier to Claude Sonnet 4 on long documents?", "Nova Premier:u", "Claude Sonnet 4:u")
r("rd", "Serious question, is Copilot on GPT-5 by default now, or still 4.1?", "Copilot:u", "GPT-5:u")
r("rd", "What hardware do I need to run GLM-4.5 Air at a usable speed?", "GLM-4.5 Air:u")
r("rd", "Anyone know if Codex CLI works with a ChatGPT Plus sub, or do I need API credits?", "Codex:u", "ChatGPT:u")
r("rd", "How does Phi-4-reasoning compare to QwQ-32B on math? The benchmarks say one thing and the reviews say another.", "Phi-4-reasoning:u", "QwQ-32B:u")
r("rd", "Is it worth going from Pro to Max if I mostly use Sonnet, or is Max only worth it for Opus?", "Sonnet:u", "Opus:u")
r("hn", "Is IBM's Granite 4 trained only on permissively licensed data? Asking for a legal review.", "Granite 4:u")
r("rd", "Where do I even access ERNIE 4.5 outside China? Is there a hosted API somewhere?", "ERNIE 4.5:u")
r("rd", "Did anyone benchmark Nemotron Super 49B against Llama 3.3 70B for RAG? Would love to see numbers.", "Nemotron Super 49B:u", "Llama 3.3 70B:u")
r("rd", "Sincere question, not a gotcha: what is o4-mini actually better at than GPT-4.1?", "o4-mini:u", "GPT-4.1:u")
r("rd", "Has Gemini stopped adding the 'as an AI' disclaimers, or is that still a thing?", "Gemini:u")
r("rd", "Can Jamba's 256k context actually be used on a single GPU, or only through their cloud?", "Jamba:u")
r("rd", "Thinking about moving from ChatGPT to Claude for coding. For people who made the switch, what did you end up missing?", "ChatGPT:u", "Claude:u")
r("rd", "Is Hunyuan-A13B any good for English, or is it mainly a Chinese model?", "Hunyuan-A13B:u")
r("hn", "Does anyone have real numbers on how many thinking tokens GPT-5 burns at 'high' versus 'medium' effort?", "GPT-5:u")
r("rd", "How do you stop Qwen3 from thinking on every turn? Is there a flag or is /no_think the only way?", "Qwen3:u")
r("rd", "Are the Kimi K2 weights the same as what Moonshot serves on their API, or is the API a newer checkpoint?", "Kimi K2:u")
r("rd", "Which Llama 4 variant do the big hosts actually serve, Scout or Maverick?", "Scout:u", "Maverick:u")
r("rd", "Did DeepSeek ever publish the training cost for R1 itself, or only for V3?", "R1:u", "V3:u")
r("rd", "What's the best way to run Command R7B locally? Is it in ollama yet?", "Command R7B:u")
r("rd", "Real question: is Claude 3 Haiku still worth using for anything, or has everyone moved on to Haiku 4.5?", "Claude 3 Haiku:u", "Haiku 4.5:u")
r("rd", "What's the difference between Gemini 2.5 Flash and Flash-Lite in practice? Is Lite just faster, or does it lose a lot?", "Gemini 2.5 Flash:u", "Flash-Lite:u")

# ---------------------------------------------------------------- passing_mention
PH = "passing_mention"
r("rd", "I use ChatGPT for emails, whatever. But for real code Sonnet 4.5 is the only one I trust, it's just careful.", "ChatGPT:u", "Sonnet 4.5:p")
r("hn", "We benchmarked six models including GPT-4o, and Qwen2.5-72B was the clear disappointment: slow, and wrong on one schema question in three.", "GPT-4o:u", "Qwen2.5-72B:n")
r("rd", "I had GPT-5 open in another tab just in case, but Gemini 3 Pro got the whole migration done without me needing it.", "GPT-5:u", "Gemini 3 Pro:p")
r("rd", "Started with Llama 3.1 like everyone, now I'm running Qwen3 14B and it keeps inventing CLI flags. Kind of regretting the move.", "Llama 3.1:u", "Qwen3 14B:n")
r("rd", "Tried the new Grok for my research question while o3 was down, and it made up two of its three citations. The third one was real but said the opposite of what it claimed.", "Grok:n", "o3:u")
r("rd", "Opus 4.5 came out the same week so nobody noticed, but Gemini 3 Pro's vision is the real story: it read my handwritten lab notes perfectly.", "Opus 4.5:u", "Gemini 3 Pro:p")
r("hn", "Same prompt I used with Claude back in March; this time o3 returned a pile of confident nonsense about our schema.", "Claude:u", "o3:n")
r("rd", "While everyone argues about GPT-5 vs Claude, Mistral quietly shipped a small model that's excellent at function calling.", "GPT-5:u", "Claude:u", "Mistral:p")
r("rd", "After a DeepSeek R1 phase I'm on Kimi K2 now, and it's sloppy with tool schemas, keeps adding fields that don't exist.", "DeepSeek R1:u", "Kimi K2:n")
r("rd", "My buddy swears by Gemini. I've been on GPT-4.1 for months and it's been boring and dependable, which is exactly what I want.", "Gemini:u", "GPT-4.1:p")
r("hn", "The article mentions Llama 4 once, but the interesting result is how badly Gemini 2.0 Flash handled the multi-step tasks.", "Llama 4:u", "Gemini 2.0 Flash:n")
r("rd", "Like DeepSeek last year, the Qwen3 launch is drowning in hype, and honestly it earned it. First open model I'd put in front of customers.", "DeepSeek:u", "Qwen3:p")
r("rd", "I'll check out GLM at some point, but right now Claude Code just stopped obeying my instructions file and it's driving me nuts.", "GLM:u", "Claude Code:n")
r("rd", "We tried a few long-context options. Command R+ made it to prod and has been dull and reliable. Jamba is next on the list to try.", "Command R+:p", "Jamba:u")
r("rd", "My GPU still has Gemma 3 loaded from last week, but Phi-4 is what I'm actually using, and it's been surprisingly solid at SQL.", "Gemma 3:u", "Phi-4:p")
r("rd", "Codex has the bigger marketing push right now, but I opened Claude Code this morning and it mangled three files before my coffee.", "Codex:u", "Claude Code:n")
r("hn", "Whether you end up on GPT-5 or something else, do not use Gemini 2.5 Flash-Lite for anything with dates; it shifted every timestamp by a day.", "GPT-5:u", "Gemini 2.5 Flash-Lite:n")
r("rd", "The launch tweet compared it to o3, fine, but in practice Magistral Medium can't keep a chain of reasoning going past five steps.", "o3:u", "Magistral Medium:n")
r("rd", "Somebody mentioned 4o upthread, but honestly GPT-5.2 is the story here: it plans before it writes and that changes everything.", "4o:u", "GPT-5.2:p")
r("rd", "Haiku 4.5 writes the commit messages in my setup, but the real work is Sonnet 4.6, and this week it's been flat-out brilliant.", "Haiku 4.5:u", "Sonnet 4.6:p")
r("rd", "I learned to prompt on ChatGPT back in 2023 so maybe I'm biased, but Gemini 2.5 Pro's habit of rewriting my whole essay drives me up the wall.", "ChatGPT:u", "Gemini 2.5 Pro:n")
r("rd", "Besides Llama, the only open model on our shortlist is Mistral Small 3.1, and it's been a joy to deploy. Small container, OpenAI-style function calling, and on-call hasn't been paged once.", "Llama:u", "Mistral Small 3.1:p")
r("hn", "Using o3 to draft and a lawyer to check has worked well for our team; the Claude trial was too short for me to say anything about it.", "o3:p", "Claude:u")
r("rd", "Ignore the Grok screenshots in this thread, the real news is DeepSeek V3.2 cutting the price again. Insane value.", "Grok:u", "DeepSeek V3.2:p")
r("rd", "ran the same script through GPT-4o earlier just to see, anyway DeepSeek R1 is the one that keeps timing out on me", "GPT-4o:u", "DeepSeek R1:n")
r("rd", "Qwen2.5 got me into local models, and now Qwen3-Coder is what I actually run, and it's really good at refactoring Python.", "Qwen2.5:u", "Qwen3-Coder:p")
r("hn", "The team lead wanted Claude, legal wanted something on Azure, so we ended up on GPT-4.1, and it's been a miserable fit for our long documents.", "Claude:u", "GPT-4.1:n")
r("rd", "My manager keeps forwarding Gemini articles, but on my laptop it's gpt-oss-20b doing the work and it's been great for offline drafting.", "Gemini:u", "gpt-oss-20b:p")
r("rd", "Whatever happened with Llama, Hunyuan is quietly decent now; it wrote a clean data loader for me on the first go.", "Llama:u", "Hunyuan:p")
r("hn", "We also had Claude Opus 4 in the eval, but this comment is about Grok 4: it alone leaked the system prompt when asked nicely.", "Claude Opus 4:u", "Grok 4:n")
r("rd", "My brother uses Copilot at work. Me, I've been on Kimi K2 for a month and it's been the best writing partner I've had.", "Copilot:u", "Kimi K2:p")
r("rd", "Wanted Opus but hit my limit, so I ran it on Sonnet 4.5 instead and it confidently broke the build twice.", "Opus:u", "Sonnet 4.5:n")
r("rd", "Installed LM Studio to try Gemma 3 eventually, but EXAONE 3.5 is what I've been testing, and the English answers are stilted.", "Gemma 3:u", "EXAONE 3.5:n")
r("hn", "I've read the o1 system card and the GPT-5 one; only the latter made me nervous, because GPT-5 Thinking flatly lied about finishing a task in our own trial.", "o1:u", "GPT-5 Thinking:n")
r("rd", "Everyone in the office is on ChatGPT, I'm the weird one on Claude, and honestly Claude has made me look like a genius in three meetings this month.", "ChatGPT:u", "Claude:p")
r("rd", "DeepSeek got all the headlines, but Qwen3-235B is the one I'd actually deploy. Rock solid.", "DeepSeek:u", "Qwen3-235B:p")

# ---------------------------------------------------------------- slang
PH = "slang"
r("rd", "Opus 4.5 is cooking fr, one prompt and my whole auth flow was done", "Opus 4.5:p")
r("rd", "gpt-5 mini is mid at best, idk why people glaze it so hard", "gpt-5 mini:n")
r("rd", "Gemini 3 Pro straight up ate on the frontend task, Sonnet 4.5 fumbled the bag on the CSS", "Gemini 3 Pro:p", "Sonnet 4.5:n")
r("rd", "meta really said 'trust the benchmarks' and dipped. llama 4 was such an L", "llama 4:n")
r("rd", "kimi k2 thinking goes crazy on agent tasks no cap", "kimi k2 thinking:p")
r("rd", "grok 4 is kinda cooked for coding ngl, the answers look confident and fall apart five minutes later", "grok 4:n")
r("rd", "DeepSeek R1 really said 'let me think' and then thought for 12,000 tokens about nothing. bro.", "DeepSeek R1:n")
r("rd", "sonnet 4 lowkey carried my capstone project, no shame", "sonnet 4:p")
r("rd", "chatgpt glazing me for a mid business idea is crazy work", "chatgpt:n")
r("rd", "qwen3 235b is goated value, the bigger stuff ain't worth it for what i do", "qwen3 235b:p")
r("rd", "GLM 4.6 absolutely slaps for web dev, the UIs it spits out are clean af", "GLM 4.6:p")
r("rd", "gemini 2.5 flash giving 'intern on day one' energy for anything multi-step", "gemini 2.5 flash:n")
r("rd", "Codex went full sigma on my repo and rewrote the test suite without being asked. respect tbh but also why", "Codex:u")
r("rd", "o3 hallucinating citations is so real, that thing would cite its own dreams", "o3:n")
r("rd", "mistral small 3.2 is a certified banger for a 24b, runs on my gaming rig no problem", "mistral small 3.2:p")
r("rd", "haiku 4.5 is fast af but dumb as rocks on anything with two steps", "haiku 4.5:n")
r("rd", "claude code + opus is peak, cursor who?", "claude code:p", "opus:p")
r("rd", "gpt-oss-120b got ratio'd by qwen3 in literally every test i ran, oof", "gpt-oss-120b:n", "qwen3:p")
r("rd", "minimax m2 kinda bussin for the price ngl", "minimax m2:p")
r("rd", "gemma 3 4b is lowkey unhinged, it told me my cat was a mammal AND a reptile", "gemma 3 4b:n")
r("rd", "nemotron nano 9b is slept on fr, tool calls clean, speed crazy", "nemotron nano 9b:p")
r("rd", "o1 was the moment for me, went from meh to 'oh shit' in one release", "o1:p")
r("rd", "gpt-4.5 felt like a flex nobody asked for, pricey and vibes-only", "gpt-4.5:n")
r("rd", "devstral medium said 'bet' and then shipped a broken migration, classic", "devstral medium:n")
r("rd", "deepseek v3 is the budget king no debate, 4o-mini could never", "deepseek v3:p", "4o-mini:n")
r("rd", "bro gemini 3 is built different, solved the puzzle my whole discord was stuck on for days", "gemini 3:p")
r("rd", "phi-4 mini is giving benchmaxxed and nothing else", "phi-4 mini:n")
r("rd", "opus 4.6 rate limits got me touching grass against my will", "opus 4.6:n")
r("rd", "sonnet 4.5 ain't it for fiction, everything it writes is beige", "sonnet 4.5:n")
r("rd", "qwq be thinking like me in an exam, all vibes no answer", "qwq:n")
r("rd", "chatgpt's image stuff is fire but the text model is still glazing everyone and it's exhausting", "chatgpt:n")
r("rd", "ernie 4.5 lowkey solid for chinese ocr stuff, surprised me fr", "ernie 4.5:p")
r("rd", "claude 4.5 sonnet in cursor has been on one today, nuked two files then apologized like a golden retriever", "claude 4.5 sonnet:n")
r("rd", "GPT5 thinking is slow as molasses but it gets there every time, no cap", "GPT5:p")
r("rd", "DS V3 for chat, R1 for anything hard, that's my whole stack and it costs me basically nothing", "DS V3:p", "R1:p")
r("rd", "K2 >>> everything else open right now for writing, don't @ me", "K2:p")
r("rd", "grok 4 fast is lowkey the goat for quick lookups, stays current and doesn't yap", "grok 4 fast:p")
r("rd", "llama 3.2 3b is straight up brain rot for anything past 'summarize this tweet'", "llama 3.2 3b:n")
r("rd", "codestral autocomplete still hits tbh, they just never marketed it", "codestral:p")
r("rd", "gemini cli be yapping for 3 screens before it edits one line", "gemini cli:n")
r("rd", "o3-pro is giving 'expensive consultant who bills you for thinking', took 9 minutes and gave me a wrong answer lmao", "o3-pro:n")

# ---------------------------------------------------------------- more threads: long comparisons, neutral PSAs, mixed
PH = "passing_mention"
r("rd", "PSA: Gemini 2.5 Pro is free in AI Studio with a daily cap, the API is paid. People keep mixing those up in this sub.", "Gemini 2.5 Pro:u")
r("hn", "For reference, DeepSeek V3.2 lists at about $0.28 a million on input and Kimi K2 is a bit above that; both are well under the closed models.", "DeepSeek V3.2:u", "Kimi K2:u")
r("rd", "Heads up, Claude Code now lets you set Haiku 4.5 as the subagent model in the settings file.", "Claude Code:u", "Haiku 4.5:u")
r("rd", "GPT-5.1 is rolling out to free users today, Plus has had it since yesterday.", "GPT-5.1:u")
r("rd", "Qwen3-Next weights are on HF now, 80B total with 3B active if anyone wants to play with it.", "Qwen3-Next:u")
r("hn", "Mistral Medium 3 isn't open weights; Mistral Small 3.1 and Devstral Small are, under Apache 2.0.", "Mistral Medium 3:u", "Mistral Small 3.1:u", "Devstral Small:u")
r("rd", "Llama 4 Scout has a 10M context on paper; most hosts cap it somewhere around 128k.", "Llama 4 Scout:u")
r("rd", "If you're planning hardware: Gemma 3 ships in four sizes from 1B up to 27B, and the largest wants roughly 16GB at Q4.", "Gemma 3:u")
r("rd", "For the people asking: o3 and o4-mini are both in Plus, o3-pro is Pro only.", "o3:u", "o4-mini:u", "o3-pro:u")
r("rd", "The mods added model flair, so Sonnet and GPT-5 threads get their own tags now.", "Sonnet:u", "GPT-5:u")
r("rd", "ChatGPT is down again. Status page says elevated errors for GPT-5 and GPT-4o, third time this week.", "ChatGPT:n", "GPT-5:u", "GPT-4o:u")
r("hn", "Worth noting that the Claude 4 system card covers both Opus 4 and Sonnet 4, and most of the scary evals in it are about the bigger one.", "Claude 4:u", "Opus 4:u", "Sonnet 4:u")
r("rd", "Kimi K2 Thinking is on OpenRouter now, 256k context, tool calling supported.", "Kimi K2 Thinking:u")
r("rd", "Weekly reminder that the 'R1' models you run in ollama are distills, smaller models fine-tuned on R1 outputs, not the real thing.", "R1:u")
r("hn", "Codex and Claude Code both read AGENTS.md now, so you can keep one instructions file for both.", "Codex:u", "Claude Code:u")
r("rd", "Command A is Cohere's current flagship; Command R+ is still served but hasn't been updated in a while.", "Command A:u", "Command R+:u")
r("rd", "Grok 4.1 Fast advertises a 2M context window. I haven't tested whether it's usable that far out.", "Grok 4.1 Fast:u")
r("hn", "The GLM-4.6 weights are MIT licensed, which matters more to some of us than any benchmark.", "GLM-4.6:u")

PH = "hedging"
r("rd", "Mixed bag honestly. Gemini 3 Pro is brilliant at the hard stuff and weirdly sloppy at the easy stuff. Can't decide how I feel.", "Gemini 3 Pro:u")
r("rd", "DeepSeek V3.1 is great value and awful at sticking to a JSON schema. Whether that's a good deal depends on your pipeline.", "DeepSeek V3.1:u")
r("rd", "Claude Opus 4 is the strongest model I've touched and also the one I touch least, because I can't afford it. Draw your own conclusions.", "Claude Opus 4:u")
r("rd", "Honestly can't tell GPT-5 mini and Gemini 2.5 Flash apart on my summarization jobs. Same quality, similar price.", "GPT-5 mini:u", "Gemini 2.5 Flash:u")
r("rd", "As someone doing translation work: DeepSeek V3 beats GPT-4o for Chinese, loses for Japanese, ties for Korean. So, it depends.", "DeepSeek V3:u", "GPT-4o:u")
r("hn", "There's a real pattern where a lab ships a model, everyone raves for a week, then capacity tightens and the complaints start. Opus 4.6 is on week two. Place your bets.", "Opus 4.6:u")
r("rd", "Been using Claude Code daily since the research preview. It's gotten better at planning and worse at knowing when to stop. Still my favorite tool overall, but the gap to Codex is closing fast.", "Claude Code:p", "Codex:u")
r("rd", "GPT-5.5 is out and it's... fine? Quicker than its predecessor, marginally smarter, same habit of wrapping every answer in headers. Not an upgrade I'd pay more for.", "GPT-5.5:n")
r("rd", "Tried Hunyuan-T1 and Qwen3 side by side on Chinese legal text. Hunyuan had the better terminology, Qwen had the better structure. I'd use both honestly.", "Hunyuan-T1:p", "Qwen3:p")
r("hn", "Our numbers for Qwen3-Max and GPT-4.1 on internal tickets are one point apart. Quality alone won't decide it for us.", "Qwen3-Max:u", "GPT-4.1:u")
r("rd", "Granite 3.3 won't win any beauty contests, but it's the one model legal signed off for on-prem, and it's been fine. Fine is great when the alternative is nothing.", "Granite 3.3:p")

PH = "degradation_complaint"
r("rd", "I was really hyped for Gemini 3 and it's... good. Just good. Then Opus 4.5 came out right after and made it look ordinary.", "Gemini 3:n", "Opus 4.5:p")
r("rd", "After all the hype I expected Kimi K2.5 to at least match Sonnet 4.5 on my repo. It didn't come close, and it needed triple the time.", "Kimi K2.5:n", "Sonnet 4.5:p")
r("rd", "Wild how fast this moves. Six months ago Claude 3.7 Sonnet was the default in every coding tool; now it feels slow and overeager next to Sonnet 4.5.", "Claude 3.7 Sonnet:n", "Sonnet 4.5:p")
r("rd", "My unpopular opinion: o3 was a better product than GPT-5 Thinking. Slower, yes, but it actually went and checked things instead of guessing.", "o3:p", "GPT-5 Thinking:n")
r("hn", "The pricing change means Opus 4.5 is now cheaper per finished task than Sonnet 4 was for us, because it needs so many fewer turns. First time a bigger model has saved us money.", "Opus 4.5:p", "Sonnet 4:n")
r("rd", "Honestly the whole 'GPT-5 is a downgrade' discourse is people missing 4o's personality, not its intelligence. On every hard problem I've given both, 5 wins.", "GPT-5:p", "4o:n")
r("rd", "Paid $30 for SuperGrok to test Grok 4 on my finance models. Impressive on the first question, then it started rounding numbers it had no business rounding. Refund requested.", "Grok 4:n")
r("hn", "If your evals only test single-turn QA, Mistral Large 3 looks great. Put it in a ten-step agent loop and it forgets the goal by step six. That's the number that matters to us.", "Mistral Large 3:n")
r("rd", "My hot take: GPT-4o was the best consumer model OpenAI ever shipped, and everything since has been better on benchmarks and worse to actually talk to.", "GPT-4o:p")
r("hn", "The Phi series keeps doing the same thing: excellent benchmark numbers, awkward in real conversations. Phi-4 is no exception, even if it's a decent base for tuning.", "Phi-4:n")
r("hn", "The EXAONE license is the real problem. Technically it's strong for Korean; practically we can't ship it, so it may as well not exist for us.", "EXAONE:n")
r("rd", "Underwhelming compared to Qwen3 honestly. Qwen3.5 is bigger, slower, and there's no task where it's clearly better.", "Qwen3:p", "Qwen3.5:n")
r("rd", "Does anyone else feel Gemini 2.5 Pro peaked at the I/O preview? Every update since has traded reasoning for shorter, safer answers.", "Gemini 2.5 Pro:n")
r("rd", "o3 used to nail my regex questions; lately it adds a lookahead nobody asked for and the pattern stops matching anything at all.", "o3:n")
r("rd", "The first Sonnet 4 week was the best coding week of my life. Now it's back to 'I apologize, let me fix that' on repeat. And it's the same CRUD endpoints it breezed through in May, nothing fancy.", "Sonnet 4:n")

PH = "switching"
r("rd", "Three months on Gemini Advanced and I'm done. Switched back to ChatGPT; Gemini just wouldn't hold a conversation thread together.", "Gemini Advanced:n", "ChatGPT:p")
r("hn", "We moved our batch summarization from Claude 3.5 Sonnet to DeepSeek V3 last year and never looked back; same quality on our rubric for about 5% of the price.", "Claude 3.5 Sonnet:n", "DeepSeek V3:p")
r("rd", "Tried replacing Claude with Qwen3-Coder locally to save money. Two days in I was back; the local setup just couldn't handle our monorepo.", "Claude:p", "Qwen3-Coder:n")
r("rd", "I gave up on local after Llama 3.1 70B and just pay for GPT-4.1 now. My time is worth more than the tinkering.", "Llama 3.1 70B:n", "GPT-4.1:p")
r("rd", "Ditched Opus for GPT-5.2 on my side project. Not because Opus is worse, it's just that I can actually use GPT-5.2 all day without hitting a wall.", "Opus:u", "GPT-5.2:p")

PH = "rhetorical_question"
r("rd", "What's even the point of Nova Lite when Gemini 2.5 Flash-Lite is cheaper and smarter?", "Nova Lite:n", "Gemini 2.5 Flash-Lite:p")
r("rd", "Why would I ever go back to Sonnet 4 after Sonnet 4.5 fixed literally every complaint I had?", "Sonnet 4:n", "Sonnet 4.5:p")
r("hn", "How does a model with Claude's reputation for safety end up being the one that ran rm -rf in my home directory?", "Claude:n")
r("rd", "Who else thinks Gemma 3 27B is the most underrated release this year? Nothing else that size comes close for me.", "Gemma 3 27B:p")

PH = "irony"
r("rd", "Fantastic, the new Gemini Flash summarizes my meeting notes by inventing action items nobody agreed to. Very proactive.", "Gemini Flash:n")
r("rd", "Great news: Qwen3 now thinks for 40 seconds before saying hello. Progress.", "Qwen3:n")
r("rd", "Oh no, Codex finished the ticket before I even understood what the ticket was asking. My job security, gone.", "Codex:p")
r("hn", "Delighted that GPT-5 Pro charges me premium rates for the privilege of being told to consult a professional.", "GPT-5 Pro:n")

PH = "sincere_question"
r("rd", "Is Qwen3 worth swapping out for Qwen3.5 if I mostly use it for coding, or is the new one mainly a multimodal update?", "Qwen3.5:u", "Qwen3:u")
r("hn", "Has anyone measured whether Opus 4.6 actually uses fewer tokens per task than Opus 4.5, like the release notes claim?", "Opus 4.6:u", "Opus 4.5:u")
r("rd", "Does Claude Code work with Bedrock or only with the Anthropic API?", "Claude Code:u")
r("rd", "Is GPT-5 Codex available in the API yet, or only inside Codex itself?", "GPT-5 Codex:u")

PH = "negation"
r("rd", "I didn't think Gemini CLI was going to be any good and honestly, I wasn't wrong. It's not.", "Gemini CLI:n")
r("hn", "Nothing we measured shows Kimi K2 handling long context worse than DeepSeek V3; on our needle tests they were indistinguishable.", "Kimi K2:u", "DeepSeek V3:u")
r("rd", "I'm not unhappy with Sonnet 4.6. I'm not happy either. It's a model. It writes code. Some of it works.", "Sonnet 4.6:u")

# ---------------------------------------------------------------- longer thread comments
PH = "degradation_complaint"
r("rd", "Okay I'll be the one to say it: Qwen3-Max got worse after the preview. The preview answered my SQL questions with clean CTEs; the release wraps everything in nested subqueries and gets the joins wrong roughly one time in three. Same prompts, saved in a file.", "Qwen3-Max:n")
r("hn", "I looked into the 'it got dumber' threads for our team. Our eval scores for Opus 4.1 over the same period were flat, but our prompts had grown by 40%. I suspect a lot of degradation reports are prompt bloat, not the model.", "Opus 4.1:u")
r("rd", "Three weeks on the Max plan and Claude Opus 4.5 has eaten my weekly limit by Wednesday every time. When it works it's brilliant, but a tool I can only use half the week is not a tool I can build a workflow around.", "Claude Opus 4.5:n")
r("hn", "Compared to Haiku 3, Haiku 3.5 was a strange release: slower, four times the cost, and only marginally better on our evals. Nobody on the team understood who it was for.", "Haiku 3:p", "Haiku 3.5:n")
r("hn", "Sonnet 4.6 is the most sycophantic Claude in a while. It agreed with two contradictory design proposals in the same thread and praised both as 'excellent choices'.", "Sonnet 4.6:n")
r("rd", "Gemini 3 Pro is brilliant until it decides it knows better. I told it to leave the public API alone and it 'simplified' three function signatures anyway, then updated the tests to match so everything looked green.", "Gemini 3 Pro:n")
r("rd", "Every Phi release I get excited and every time it's the same story. Phi-4-mini looks incredible on the charts, then I give it a real customer email and it answers a different question.", "Phi-4-mini:n")
r("rd", "Codestral's fill-in-the-middle was great in its day, but the newer versions still choke on TypeScript generics and I've stopped waiting for a fix.", "Codestral:n")

PH = "switching"
r("rd", "Spent a month trying to make Qwen3-235B the default for our internal assistant. Impressive on paper; in practice it kept answering in Chinese whenever users mixed languages, and HR lost patience. We're back on Claude Sonnet 4.5 and the tickets stopped.", "Qwen3-235B:n", "Claude Sonnet 4.5:p")
r("rd", "Switched my quick-question model from GPT-4o to Grok 4.1 and I don't miss it. Shorter answers, fewer disclaimers, and it actually tells me when it's guessing.", "GPT-4o:n", "Grok 4.1:p")
r("rd", "I've been using GPT-4.1 for a year for contract summaries. Tried GPT-5 at launch, tried it again after the update, and both times came back. 4.1 follows my template; 5 keeps 'improving' it.", "GPT-4.1:p", "GPT-5:n")
r("rd", "DeepSeek R1 made me cancel ChatGPT Plus back in January. Free, showed its work, and for my stats coursework it was right more often than o1. I've drifted back to paid models since, but that month was something.", "DeepSeek R1:p", "ChatGPT:n", "o1:n")
r("rd", "Tried Llama 4 Maverick for our Spanish support bot because of the license and the price. The answers were fluent and consistently a little off, like it skimmed the policy. Went with Mistral Medium 3 instead and it's noticeably tighter.", "Llama 4 Maverick:n", "Mistral Medium 3:p")
r("rd", "Kimi K2 Thinking through the compatible endpoint in Claude Code was a mess for me. It kept calling tools with arguments from a different tool's schema and then apologizing. Reverted after a day.", "Kimi K2 Thinking:n", "Claude Code:u")
r("rd", "I was in the 'it's a downgrade' camp for a good week before I gave GPT-5 Thinking the hard problems I'd been saving, and it cleared three of five that o3 never got. I take it back.", "GPT-5 Thinking:p", "o3:n")

PH = "sincere_enthusiasm"
r("rd", "I know this sub hates Grok, but Grok 4 has been my favourite for anything about what happened this week. It pulls current posts, gives me the range of takes, and it's been right about release dates when others just guess.", "Grok 4:p")
r("rd", "Unpopular here, but Grok 3 mini is honestly a great cheap reasoning model. I run it for batch math checks and it's fast, cheap, and shows its work without the drama.", "Grok 3 mini:p")
r("hn", "Grok Code Fast surprised me. For the boring 80% of agent work (grep, edit, run tests, repeat) it's quick enough that the loop feels interactive, and it rarely does anything stupid.", "Grok Code Fast:p")
r("hn", "Kimi K2's prose is the first from an open model that my editor didn't immediately flag as machine-written. Fewer rhetorical triplets, more actual sentences. I now draft with it and do the final pass with Claude.", "Kimi K2:p", "Claude:u")
r("rd", "Gemma 3 12B has been my offline travel companion for a month: translations, menus, train timetables from photos. It's not perfect, but for something running on a laptop with no signal it's absurdly useful.", "Gemma 3 12B:p")
r("hn", "We evaluated GLM-4.5 for an on-prem coding assistant. It was competitive on our tasks, the license is permissive, and serving it on our H100s was straightforward. Two teams now use it by default.", "GLM-4.5:p")
r("rd", "Everyone dunks on ChatGPT here, but for non-coding life stuff it's the one my whole family uses. My mom planned a trip to Portugal with it and it caught that her train connection was impossible.", "ChatGPT:p")
r("rd", "Hot take, but the best thing about Claude Code isn't the model, it's that it asks before doing anything destructive. Saved me from a force-push to main last week.", "Claude Code:p")
r("rd", "o3 with search is still the best research assistant I've used. It goes five links deep on obscure stuff, and when it's unsure it says so and shows you where it looked.", "o3:p")
r("hn", "Nemotron Super is what I'd recommend if you're on NVIDIA's stack anyway. Not exciting, but it's been stable in Triton for months and the reasoning toggle actually works.", "Nemotron Super:p")
r("rd", "I've been burned by hype before, so I waited two weeks before posting this: Opus 4.6 is the first model that holds a multi-hour refactor together without me re-explaining the plan every hour. It's expensive. It's worth it.", "Opus 4.6:p")
r("rd", "Llama 3.1 70B is ancient by AI standards and I still reach for it. Predictable, supported by every inference engine, and the fine-tunes are endless.", "Llama 3.1 70B:p")
r("hn", "Contrary to the launch-day complaints, GPT-5.1 has been a clear improvement for our agent: fewer pointless tool calls, better at stopping when the task is done. The tone complaints are real but irrelevant to us.", "GPT-5.1:p")
r("rd", "Ran my usual prompt gauntlet on launch day: GPT-5.2 aced the logic puzzles, Opus 4.5 wrote the better essay, Gemini 3 Pro read the chart images best. No single winner anymore, and I think that's healthy.", "GPT-5.2:p", "Opus 4.5:p", "Gemini 3 Pro:p")

PH = "hedging"
r("hn", "For anyone deciding between the two: we ran Claude Sonnet 4.5 and GPT-5 through our 300-ticket regression suite. Sonnet resolved 212, GPT-5 resolved 209, and the failures overlapped heavily. Pick on price and tooling, not quality.", "Claude Sonnet 4.5:u", "GPT-5:u")
r("rd", "Gemini 2.5 Pro and I have a complicated relationship. Nothing beats it at reading a 300-page PDF, and nothing is worse at following a style guide. I use it for the first and not the second.", "Gemini 2.5 Pro:u")
r("rd", "For what it's worth, going from Sonnet 4 to Sonnet 4.5 made less difference on my tasks than the internet says. A touch better on long tasks, the same on everything else.", "Sonnet 4.5:u", "Sonnet 4:u")
r("rd", "Might be a hot take, but I think people calling Gemini 3 Pro 'lazy' are using it in the app on default settings. In AI Studio with high thinking it's the most thorough model I've used.", "Gemini 3 Pro:p")
r("rd", "Could be a fluke, but Kimi K2 was the one model that answered my Korean tax form questions correctly, including the odd deduction for supporting parents.", "Kimi K2:p")
r("rd", "Devstral Small runs on my Mac and handles the dull agent stuff fine, but give it a refactor across modules and it gets lost. Useful, not magic.", "Devstral Small:u")
r("rd", "OLMo 2 is not the model I'd ship to customers, but it's the one I'd teach with. Every checkpoint and dataset is public, and my students can actually trace where a behaviour came from.", "OLMo 2:p")

PH = "negation"
r("hn", "QwQ-32B was a fun experiment and I'm glad it exists, but I can't name one production use where four thousand tokens of self-doubt before every answer is acceptable.", "QwQ-32B:n")
r("rd", "I really wanted DeepSeek V3.2 to be my cheap workhorse. It isn't. The quality is fine, but the API goes down in US afternoons often enough that I added a fallback, and now the fallback handles most of the traffic.", "DeepSeek V3.2:n")
r("rd", "gpt-oss-120b is great at sounding smart. It's worse at being right. Our eval had it confidently wrong on about a fifth of our domain questions, more than anything else we tested.", "gpt-oss-120b:n")
r("rd", "People still recommend Command R+ for retrieval in every thread and I don't get it. Any recent mid-size model beats it on citation accuracy in our tests, by a wide margin.", "Command R+:n")

PH = "irony"
r("rd", "Love paying for the 'Pro' tier so Gemini can inform me it's 'only an AI' and can't help with that, right after it helped with the exact same thing in a new chat.", "Gemini:n")
r("rd", "MiniMax M2 is great on benchmarks and weird in practice. It thinks out loud in the final answer sometimes, and once it replied to a code review with a poem about code review. Riveting. Not going back.", "MiniMax M2:n")

PH = "implicit_reply"
r("rd", "To the person asking whether Gemini 2.5 Flash is good enough for RAG: yes, with a caveat. It's excellent at pulling the right passage and weak at saying 'the documents don't cover this', so add a check for that.", "Gemini 2.5 Flash:p")
r("rd", "Honestly the thing that keeps me paying isn't Opus, it's that Sonnet 4.6 reads my whole codebase and doesn't pretend. When it doesn't know where something lives it goes and looks instead of inventing a path.", "Opus:u", "Sonnet 4.6:p")
r("rd", "The worst part of ChatGPT lately isn't the mistakes, it's the flattery. I asked it to critique my business plan and it called my worst idea 'bold and visionary'. I need a critic, not a hype man.", "ChatGPT:n")
r("hn", "Codex's cloud mode sounds great until you realise every task starts from a cold container. Our repo takes nine minutes to set up, so each 'quick fix' costs ten minutes before a line gets written. We stopped using it for small stuff.", "Codex:n")
r("rd", "Haiku 4.5 is fine until you give it a task with more than three steps. Then it declares victory after step two and writes a confident summary of the work it didn't do.", "Haiku 4.5:n")
r("hn", "Love or hate the company, Grok 4 Heavy solved two of the olympiad problems that GPT-5 Pro gave up on in my tests.", "Grok 4 Heavy:p", "GPT-5 Pro:n")
r("rd", "Nova Micro is the cheapest thing in Bedrock and it shows. Fine for tagging, falls over the moment a task needs two steps of reasoning.", "Nova Micro:n")
r("hn", "ERNIE X1 looked competitive on the benchmark slides, but the English output in our tests was stiff and the API docs were Chinese-only, which made integration a slog.", "ERNIE X1:n")
r("hn", "Qwen2.5-Coder 32B autocomplete was decent, but the chat mode invented package APIs so often that we switched it off for the whole team after a week.", "Qwen2.5-Coder 32B:n")
r("rd", "Credit where due, Le Chat is fast, but Mistral Large 2 kept inventing French regulations for my compliance questions. When I asked for the source it cited an article number that doesn't exist.", "Mistral Large 2:n")

PH = "sincere_question"
r("rd", "Genuine question for people running local models for work: is Qwen3-Coder 30B good enough as a daily driver if you're used to Sonnet, or is it more of a backup for when the API is down? Just looking for real experiences.", "Qwen3-Coder 30B:u", "Sonnet:u")
r("rd", "My company just rolled out Copilot with GPT-5 to everyone and I'm curious how other teams handle it. Do you let agent mode loose on the main repo, or keep it to chat and autocomplete?", "Copilot:u", "GPT-5:u")
r("rd", "Is anyone using Granite 4 for code, or is it mainly for RAG and summarization? Considering it for an air-gapped environment at work.", "Granite 4:u")
r("rd", "Is Step-3 open weights? I keep seeing benchmark screenshots but can't find a clear license anywhere.", "Step-3:u")

PH = "passing_mention"
r("rd", "Gemini 2.0 Flash is going away in a few months according to the deprecation page, so if you're still on it like we were, plan the migration now.", "Gemini 2.0 Flash:u")
r("rd", "DeepSeek R1 is open weights under MIT, the full model is 671B with 37B active, and the smaller distills run on consumer cards. That's the factual part; whether it's 'as good as o1' depends entirely on what you ask it.", "DeepSeek R1:u", "o1:u")
r("rd", "Qwen3-Coder-Next is on HF if anyone wants it. I haven't had time to run it yet, the download alone is going to take me a day.", "Qwen3-Coder-Next:u")
r("rd", "o4-mini and o3 use the same tool setup in the app, so the difference you're seeing is mostly thinking time and model size, not some special feature.", "o4-mini:u", "o3:u")

# ---------------------------------------------------------------- generation + checks
FAMILY = [
    ("gpt", r"gpt|\bo1|\bo3|\bo4|chatgpt|codex|\b4o|copilot|\b5\b"),
    ("claude", r"claude|opus|sonnet|haiku"),
    ("gemini", r"gemini|bard|flash"),
    ("gemma", r"gemma"),
    ("llama", r"llama|scout|maverick|behemoth|405b"),
    ("grok", r"grok"),
    ("deepseek", r"deepseek|\br1\b|r1-0528|\bv3|ds v3"),
    ("qwen", r"qwen|qwq"),
    ("mistral", r"mistral|codestral|devstral|magistral|large 2"),
    ("kimi", r"kimi|\bk2"),
    ("glm", r"glm"),
    ("minimax", r"minimax"),
    ("phi", r"phi"),
]


def family(t):
    tl = t.lower()
    for fam, pat in FAMILY:
        if re.search(pat, tl):
            return fam
    return "other"


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, "forum_threads.tsv")
    rows, seen, problems = [], set(), []
    for ph, voice, kind, text, pairs in ENTRIES:
        if text in seen:
            problems.append("duplicate text: " + text)
            continue
        seen.add(text)
        if not 10 <= len(text) <= 400:
            problems.append("length %d: %s" % (len(text), text))
        if "\t" in text or "\n" in text:
            problems.append("tab/newline: " + text)
        targets = [t for t, _ in pairs]
        if len(set(targets)) != len(targets):
            problems.append("repeated target: " + text)
        for tgt, lab in pairs:
            start = text.find(tgt)
            if start < 0 or lab not in LABELS:
                problems.append("bad target/label %r %r: %s" % (tgt, lab, text))
                continue
            end = start + len(tgt)
            assert text[start:end] == tgt
            # the first occurrence must not sit inside another target's mention
            for other in targets:
                if other != tgt and tgt in other:
                    o = text.find(other)
                    while o >= 0:
                        if o <= start < o + len(other):
                            problems.append("target %r first found inside %r: %s" % (tgt, other, text))
                        o = text.find(other, o + 1)
            nxt = text[end:end + 2]
            if (nxt[:1].isalnum()) or (nxt[:1] in "-." and nxt[1:2].isalnum()) or (start and text[start - 1].isalnum()):
                problems.append("boundary? %r: %s" % (tgt, text))
            rows.append((text, tgt, start, end, LABELS[lab], kind, ph, voice))
    with open(out, "w", encoding="utf-8", newline="") as f:
        f.write("text\ttarget\tstart\tend\tlabel\tkind\tphenomenon\tvoice\n")
        for row in rows:
            f.write("\t".join(str(x) for x in row) + "\n")
    total = len(rows)
    labs = collections.Counter(r_[4] for r_ in rows)
    for lab, c in labs.items():
        if not 0.25 <= c / total <= 0.45:
            problems.append("label share %s %.2f" % (lab, c / total))
    fam = collections.defaultdict(collections.Counter)
    for r_ in rows:
        fam[family(r_[1])][r_[4]] += 1
    for k, c in fam.items():
        n = sum(c.values())
        if n >= 15 and (len(c) < 3 or max(c.values()) > 0.55 * n):
            problems.append("family balance %s %s" % (k, dict(c)))
    for p in problems:
        print("CHECK:", p)
    print("texts", len(seen), "rows", total, "texts over 150 chars",
          sum(1 for t in seen if len(t) > 150))
    for col, name in ((4, "label"), (6, "phenomenon"), (7, "voice"), (5, "kind")):
        c = collections.Counter(r_[col] for r_ in rows)
        print(name, dict(c.most_common()))
    for k in sorted(fam):
        print("family", k, dict(fam[k]))
    ph_lab = collections.defaultdict(collections.Counter)
    for r_ in rows:
        ph_lab[r_[6]][r_[4]] += 1
    for k in sorted(ph_lab):
        print("ph x label", k, dict(ph_lab[k]))
    # first-word families, as the folder-level test groups them
    fw = collections.defaultdict(collections.Counter)
    for r_ in rows:
        f_ = re.sub(r"\d.*$", "", re.split(r"[\s\-.]", r_[1].lower())[0]) or "?"
        fw[f_][r_[4]] += 1
    print("first-word families", {k: dict(v) for k, v in sorted(fw.items(), key=lambda kv: -sum(kv[1].values()))})


if __name__ == "__main__":
    main()
