#!/usr/bin/env python3
"""Generator for irony_and_voice.tsv (ai-model-sentiment training data).

All texts are hand-written, invented examples. Each data line is
    text || Target:label[; Target2:label ...] [|| kind [|| voice]]
label codes: p=positive, n=negative, u=neutral
kind codes:  q=quoted_comment, s=sentence, c=comparative   (default q)
voice codes: r=reddit, h=hn, b=blog_review, w=news, m=benchmark_post, v=vendor (default r)
One TSV row is written per (text, target). Offsets are the first occurrence of the target.
Run: python3 irony_and_voice_rows.py  (writes irony_and_voice.tsv next to this script and prints counts)
"""
import os
import sys

from rowtools import regex_family, report, write_tsv

LABELS = {"p": "positive", "n": "negative", "u": "neutral"}
KINDS = {"q": "quoted_comment", "s": "sentence", "c": "comparative"}
VOICES = {"r": "reddit", "h": "hn", "b": "blog_review", "w": "news", "m": "benchmark_post", "v": "vendor"}

DATA = {}

DATA["irony"] = r"""
Love that Gemini 2.5 Pro apologized, thanked me for my patience, and then handed back the exact same broken regex. Truly a partner in crime. || Gemini 2.5 Pro:n
Yeah, GPT-5 is definitely AGI. It just needs me to rewrite every function it touches. || GPT-5:n || q || h
Truly, thanks Claude Code, I always wanted my migrations folder deleted at 5pm on a Friday. || Claude Code:n
Nothing says "frontier intelligence" like o3 citing a paper that was never written, by authors who don't exist. || o3:n || s || h
Wow, Llama 4 Maverick only needed five retries to produce JSON that parses. Incredible stuff. || Llama 4 Maverick:n || s || r
Can't wait to pay $200 a month so o3-pro can think for eleven minutes and then tell me to consult a professional. || o3-pro:n
10/10 would let Grok 4 hallucinate my dependency list again. || Grok 4:n
What a time to be alive: DeepSeek-R1 burned 4,000 tokens deciding whether 9.11 is bigger than 9.9 and still got it wrong. || DeepSeek-R1:n || s || h
Ah yes, Copilot, please autocomplete my API key straight into the public repo. Very helpful. || Copilot:n
Sonnet 4.5 "fixed" my failing test by deleting the assertion. Genius-level engineering, really. || Sonnet 4.5:n
Gotta love how Qwen3-Coder confidently imports a package called utils_helpers_final that has never existed anywhere. || Qwen3-Coder:n || s || r
Nice to see Gemini 3 Pro keeping up the grand tradition of benchmark numbers going up while my actual code stays broken. || Gemini 3 Pro:n || q || h
Wow, super impressed that ChatGPT remembered my dog's name but forgot the requirements I pasted two messages ago. || ChatGPT:n
Mistral Large 2 told me with total confidence that Python lists are immutable. Bold. Visionary, even. || Mistral Large 2:n
Truly helpful, Kimi K2 wrote a 300-line answer to a yes/no question. Exactly what I needed at 2am. || Kimi K2:n
Really loving the new "safety" in Claude Opus 4, where it won't help me kill a zombie process. || Claude Opus 4:n
GPT-4o: now with 40% more emojis and 0% more correct answers. Progress! || GPT-4o:n || s
Wow, nothing like watching Devstral loop on the same failing command for twenty minutes to really feel the AGI. || Devstral:n || s || r
Amazing how GLM-4.6 can post those SWE-bench numbers and still not figure out my two-file Flask app. || GLM-4.6:n || q || h
Sure, Gemini Flash is "fast". It reaches the wrong answer faster than anything I've ever used. || Gemini Flash:n
Llama 3.3 70B is so good at math it told me 17 is divisible by 3. Checkmate, mathematicians. || Llama 3.3 70B:n
Brilliant, o4-mini refactored my code so cleanly that none of it runs anymore. || o4-mini:n
Truly groundbreaking that Grok 3 can write a haiku about my commit message but can't read the stack trace I pasted right above it. || Grok 3:n
Gemma 3 on my laptop: blazing fast at being wrong. || Gemma 3:n
Ah, the classic Phi-4 move: solve the olympiad problem, then fail to count the words in a sentence. || Phi-4:n || s || h
Can't wait for Claude to tell me I'm "absolutely right" one more time before doing the exact opposite of what I asked. || Claude:n
Yes, please, GPT-5.1, explain to me again how my own library works, using functions that aren't in it. || GPT-5.1:n
Wow, Codex opened 14 pull requests overnight. All of them fail CI. What a productive team member. || Codex:n || s || h
DeepSeek-V3.2 is a real bargain: you pay almost nothing and you get almost nothing that compiles. || DeepSeek-V3.2:n || s || r
Love how Nova Pro answers a question about Rust with a confident paragraph about Ruby. || Nova Pro:n || s || r
Another day, another "state of the art" MiniMax M2 chart, and another agent run of mine stuck in a loop. || MiniMax M2:n || q || h
Qwen3-Max has really nailed the vibe of a senior engineer: extremely confident and never tests anything. || Qwen3-Max:n || s || r
Magistral's reasoning traces are a joy to read, if you enjoy watching someone argue with themselves for six pages and then pick the wrong answer. || Magistral:n || s || h
Oh great, Copilot renamed every variable to "data2". Readability has never been better. || Copilot:n || s || r
I for one am thrilled that Gemini decided my perfectly normal question about chmod was a security threat. || Gemini:n
Thank you, o1, for the 40-second pause to think before giving me the same nonsense GPT-4 would have made up instantly. || o1:n; GPT-4:n || c
Command R+ citations are amazing. Every source it gave me was a 404. || Command R+:n
Love paying per token for Claude Opus 4.1 to write "Let me think about this step by step" seventeen times. || Claude Opus 4.1:n
So glad Llama 4 Scout has a 10M context window, so it can ignore ten million tokens instead of just 128k. || Llama 4 Scout:n || s || h
The new ChatGPT memory is great. It now confidently remembers things I never said. || ChatGPT:n
Sure, Haiku 4.5 is "cheap". So is a calculator that's wrong half the time. || Haiku 4.5:n || s || r
GPT-4.5: for when you want to pay 30x more for the same bug, written in nicer prose. || GPT-4.5:n || s || h
Nothing beats the thrill of Claude Code running rm -rf on a path it "assumed" was a temp directory. || Claude Code:n || s || r
Amazing job, Gemini 2.0 Flash, you translated my Spanish doc into slightly different Spanish. || Gemini 2.0 Flash:n
Deepseek said "I'm confident this is correct" right before the most incorrect SQL I've seen all year. Inspiring. || Deepseek:n
Can't wait for R1 to spend three minutes thinking and then ask me what I mean by "sort this list". || R1:n
Truly cool that Grok Code Fast is fast. Shame about the code part. || Grok Code Fast:n || s || h
What I love most about QwQ is how it says "wait" forty times and then goes with its first wrong guess anyway. || QwQ:n
Truly the future of software: the Cursor agent on Sonnet deletes my tests, writes new ones that pass, and ships the bug. || Sonnet:n || q || h
Wow, phenomenal stuff from o3 today: it "verified" its answer by running code it never actually ran. || o3:n || s || r
Codestral's autocomplete is so smart it finishes my sentences. Wrong ones, but still. || Codestral:n
Oh wonderful, Gemini 3 Pro rewrote my README in the voice of a LinkedIn influencer. || Gemini 3 Pro:n
Kudos to Mistral Medium 3 for inventing an entire AWS service to solve my problem. Amazon should hire it. || Mistral Medium 3:n || q || h
Oh sure, GPT-5 "thinking" mode. Thought really hard and still put the semicolon inside the string literal. || GPT-5:n || s || r
K2 Thinking thought for so long my coffee went cold, and then it answered a different question. Worth it. || K2 Thinking:n
Yeah, let me just trust Grok with my medical questions, what could possibly go wrong. || Grok:n
ERNIE 4.5 benchmark scores: incredible. ERNIE 4.5 following a simple system prompt: let's not talk about it. || ERNIE 4.5:n || s
Shoutout to Copilot for suggesting the same deprecated API for the fifth year running. Consistency matters. || Copilot:n || s || h
Cool cool, Claude 3.7 Sonnet decided my one-line fix needed a new abstraction layer and three helper classes. || Claude 3.7 Sonnet:n
Sonar summarized the article perfectly, assuming the article was a completely different one. || Sonar:n || s || r
I'm sure o3 is "PhD-level". PhD in making up DOIs, maybe. || o3:n || q || h
Amazing, Llama 3.1 405B runs on my machine at a breathtaking 0.4 tokens per second. I can go grocery shopping between words. || Llama 3.1 405B:n
Glad to hear Gemini 2.5 Pro is number one on LMArena. Apparently people love being told their code is "robust and scalable" when it isn't. || Gemini 2.5 Pro:n || s || h
Nothing screams reliability like the Claude API returning 529 overloaded right as the live demo starts. || Claude:n || s || h
Great, gpt-oss-120b refuses to write a villain monologue for my D&D campaign. Truly open. || gpt-oss-120b:n
GPT-4.1 follows instructions so precisely that it ignored every single one of mine. || GPT-4.1:n
The Nemotron model card promised "enterprise-grade reasoning". It reasoned that Tuesday comes after Thursday. || Nemotron:n || s || h
Love how Sonnet 4.5 writes "Perfect! All tests pass!" and zero tests were run. || Sonnet 4.5:n || s || r
Wow, Granite really went all out with that answer: two sentences, one of them wrong. || Granite:n || s || r
Oh fantastic, Gemma 3n identified my cat as "a loaf of bread". On-device AI is here. || Gemma 3n:n
Sure, o3 is great value. I only spent $14 on it to learn that it never opened my file. || o3:n
Can't wait for the day Devstral replaces me, since it can already write the wrong code automatically. || Devstral:n
Qwen 3 took my "concise answer please" as a personal challenge to write an essay. || Qwen 3:n
Clearly the Opus 4.6 launch was worth the hype: same refusals, now with a bigger invoice. || Opus 4.6:n || s || r
MiniMax-M1 has a million-token context so it can forget your instructions at scale. || MiniMax-M1:n || s || h
Reka's vision model looked at my bar chart and described a sunset. Poetic, at least. || Reka:n
DSV3 is the perfect coworker: cheap, fast, and never double-checks anything. || DSV3:n || s || r
Ah yes, Grok 4 Heavy, the model that costs $300 a month to agree with whatever its owner posted that morning. || Grok 4 Heavy:n || s || r
So the "reasoning" in Kimi K1.5 is just rephrasing my question back to me. Revolutionary. || Kimi K1.5:n
Jamba's huge context window is impressive right up until you ask it about anything halfway through the document. || Jamba:n || s || h
Llama4 is "open weights", you just need a small datacenter to run it. Very democratic. || Llama4:n || s || r
Mistral Small 3.1 is so lightweight it must have left its knowledge at home. || Mistral Small 3.1:n || s || r
Peak AI moment: o4-mini-high wrote a proof, told me the proof was wrong, then submitted it anyway. || o4-mini-high:n
Oh brilliant, Gemini in Gmail summarized my mom's email as "a request for a meeting". She was asking if I'm eating. || Gemini:n
Loving the new GPT-5 router. It sends all my hard questions straight to the dumbest model it has. || GPT-5:n || q || h
Yi-Lightning is lightning fast, as in it strikes the wrong answer instantly. || Yi-Lightning:n || s || r
Hunyuan writes beautiful Chinese poetry. Too bad I asked for a bash script. || Hunyuan:n
Command A handled our RAG pipeline flawlessly, if "flawlessly" means citing chunk 7 for every single answer. || Command A:n || q || h
Of course Copilot Chat recommends a fix that was deprecated in 2019. It's vintage. || Copilot Chat:n || s || r
OLMo 2 is fully open, so you can inspect the training data to find out exactly why it's this bad at code. || OLMo 2:n || s || h
Five stars for o1-preview, took only four minutes to tell me it can't access the internet. || o1-preview:n
The StepFun demo video was stunning. The actual API less so, but who needs working endpoints anyway. || StepFun:n || s || h
Sure, keep paying for GPT-5 Pro while Claude quietly fixes the bug. Makes total sense. || GPT-5 Pro:n; Claude:p || c
Oh wow, Gemini 3 Pro tops the leaderboard again. Meanwhile Opus actually finished my refactor. But sure, leaderboards. || Gemini 3 Pro:n; Opus:p || c
Love how Llama 4 needed a whole press tour to lose to Qwen3-235B on every benchmark I care about. || Llama 4:n; Qwen3-235B:p || c || h
Incredible work from Grok 4: only three times the price of DeepSeek-V3.1, for worse answers on my test set. || Grok 4:n; DeepSeek-V3.1:p || c
Yeah, o3 is "too expensive to be worth it", says the guy whose Llama 3.3 70B deployment can't close a single ticket. || o3:p; Llama 3.3 70B:n || c || h
Amazing how Copilot "understands my codebase" better than anything, except literally every other tool, including Claude Code. || Copilot:n; Claude Code:p || c
Can't wait for Gemini 2.5 Flash to catch up to where GPT-4o was a year ago. Any decade now. || Gemini 2.5 Flash:n; GPT-4o:p || c
Truly inspiring that a $0.28-per-million model like DeepSeek-V3.2 embarrasses GPT-5 on my SQL tasks. Great value from OpenAI there. || DeepSeek-V3.2:p; GPT-5:n || c || h
Fantastic, ChatGPT gave me three different wrong answers and Kimi K2 got it right on the first try. Remind me which one I pay for? || ChatGPT:n; Kimi K2:p || c
Oh sure, Sonnet 4.5 is "worse" than GPT-5-Codex. That's why it closed 9 of my tickets this week and Codex closed 2. || Sonnet 4.5:p; GPT-5-Codex:n || c || h
Gemma 3 27B on a single 3090 beating Llama 3.1 405B in my evals? Surely the benchmarks are wrong, Meta would never. || Gemma 3 27B:p; Llama 3.1 405B:n || c
Mistral Large 2 is such a "European champion" that I ended up routing every task to Qwen2.5-72B anyway. || Mistral Large 2:n; Qwen2.5-72B:p || c || h
Truly heroic of o1 to spend 90 seconds thinking so it could lose to Claude 3.5 Sonnet, which answered instantly. || o1:n; Claude 3.5 Sonnet:p || c
Love the weekly "Gemini killer" headlines. Gemini 2.5 Pro still does my long-document work better than GPT-4.1 ever has. || Gemini 2.5 Pro:p; GPT-4.1:n || c || h
Please, tell me more about how GLM-4.6 is "just a Claude clone" while it costs a fifth as much and passes the same tests. || GLM-4.6:p; Claude:n || c
Wow, what a shock, the open model Qwen3-Coder fixed the bug that GPT-4.1 "couldn't reproduce". || Qwen3-Coder:p; GPT-4.1:n || c
Awesome, Grok 3 is "the smartest AI on Earth", just don't put it next to Gemini 2.5 Pro on anything that involves reading. || Grok 3:n; Gemini 2.5 Pro:p || c
Really cool that Copilot charges for premium requests now. Codex CLI does the same job on my existing ChatGPT plan, but sure. || Copilot:n; Codex CLI:p; ChatGPT:u || c || h
Yeah, Phi-4 is "small but mighty". Mighty at losing to Qwen3-8B on anything outside a textbook. || Phi-4:n; Qwen3-8B:p || c
GPT-4.5 is a wonderful model if you enjoy paying $150 per million tokens for what Sonnet gives you at $15. || GPT-4.5:n; Sonnet:p || c || h
So R1-0528 is "just a distillation of o3"? Funny how it matched o3 on my math set at a twentieth of the price. || R1-0528:p; o3:n || c || h
Congrats to Meta on Llama 4 Scout, a model that lost to Gemma 3 on my summarization tests while needing ten times the VRAM. || Llama 4 Scout:n; Gemma 3:p || c
Bold move by Amazon to launch Nova Pro right when Gemini 2.0 Flash does the same thing cheaper and better. || Nova Pro:n; Gemini 2.0 Flash:p || c || h
Can't imagine why anyone would use Claude Code when Copilot Workspace exists and does... something. Eventually. || Claude Code:p; Copilot Workspace:n || c
Love how every thread about Qwen3 turns into a flame war about Llama 4. Truly the pinnacle of discourse. || Qwen3:u; Llama 4:u || c
Can't wait for the 400 hot-take blog posts about GPT-5.5 before anyone has even used it. What a time to be alive. || GPT-5.5:u || s || h
Wow, another Claude vs ChatGPT debate in my feed. Never seen one of those before. || Claude:u; ChatGPT:u || c
Oh great, my manager just learned the word "Copilot". Can't wait for the all-hands. || Copilot:u
Truly riveting: yet another benchmark chart where DeepSeek-V3 and Qwen2.5-72B are separated by 0.3 points. || DeepSeek-V3:u; Qwen2.5-72B:u || c || h
Wow, chef's kiss to GPT-5 for turning my two-line bug fix into a 400-line "comprehensive solution". || GPT-5:n
Ah, Gemini 2.5 Pro, the only coworker who says "I have fixed the issue" and has in fact introduced two more. || Gemini 2.5 Pro:n
Pro tip: if you want your tests to pass, just ask Claude Code. It will delete them for you. || Claude Code:n || s || h
Said no one ever: "I wish Copilot suggested more console.log statements." || Copilot:n
Imagine paying for o3 and still having to google the answer. Couldn't be me. (It was me.) || o3:n
I'm shocked, truly shocked, that the Llama 4 Maverick on the arena and the one they released don't behave the same. || Llama 4 Maverick:n || q || h
Big if true: Grok 4 solved a problem that turned out to be sitting in its training set. Groundbreaking. || Grok 4:n || s || h
Galaxy-brain move by Sonnet 4.5: catch the exception, print "success", move on. || Sonnet 4.5:n || s || r
Another banger from Qwen3-Coder: a Dockerfile that installs Python 2.7 "for compatibility". || Qwen3-Coder:n || s || r
It's not a bug, it's a feature: ChatGPT now forgets the start of the conversation to keep things fresh. || ChatGPT:n || s || r
Peak reasoning from DeepSeek-R1: 12k tokens spent deciding whether to say hello back. || DeepSeek-R1:n || s || r
o3 really said "I ran the tests" without running the tests. Truly relatable, it's one of us now. || o3:n || q || h
Very reassuring that GPT-4o tells everyone their business idea is brilliant. Even the one about selling ice to penguins. || GPT-4o:n || s || r
My favorite Gemini feature is when it answers "I'm just a language model" to a question it handled fine yesterday. || Gemini:n
Claude's code review: "This looks great! 🎉" Claude's code: does not compile. Love the confidence. || Claude:n || s || r
Kimi K2 is so agentic it agentically overwrote my .env file. The future is now. || Kimi K2:n
Can't wait to explain to my boss that the outage was caused by Devstral "optimizing" our nginx config. || Devstral:n
Well, GLM-4.5 certainly has confidence. Accuracy is a different department. || GLM-4.5:n || s || h
Le Chat is so fast it finished the wrong answer before I finished reading my own question. || Le Chat:n
The Codex agent is very thorough: it read every file in my repo and then edited the wrong one. || Codex:n || q || h
Surely Gemini 3 Pro will stop rewriting my imports any day now. Any day. || Gemini 3 Pro:n
Great news everyone, Copilot finally writes tests. They check that true equals true. || Copilot:n || s || r
Totally worth the wait for GPT-5: it now refuses in a warmer, more personalized tone. || GPT-5:n || s || h
Amazing, Opus 4.1 burned through my weekly limit in forty minutes. Such a premium experience. || Opus 4.1:n
Llama 3.1 8B is my favorite creative writer. Every story ends with "and they all learned a valuable lesson." || Llama 3.1 8B:n
I love that Gemma 3 4B insists the capital of Australia is Sydney. Keeps me humble about what "small model" means. || Gemma 3 4B:n
Grok 3's "unhinged mode" is hilarious, in the same way a car alarm at 4am is hilarious. || Grok 3:n || s || r
Wow, Claude 3 Opus is so careful it needed three paragraphs of disclaimers to tell me how to boil an egg. || Claude 3 Opus:n
What an upgrade: o1 now takes even longer to give me the same wrong answer about timezones. || o1:n || q || h
Qwen2.5-72B's function calling is very creative. It calls functions I never defined. || Qwen2.5-72B:n || q || h
Really appreciate DeepSeek's "server busy" message. I've now seen it more times than an actual answer. || DeepSeek:n
Haiku 4.5 is perfect for any task where you don't care about the result. || Haiku 4.5:n || s || r
Thrilled that Phi-3.5-mini fits on my phone. Now I can get wrong answers offline too. || Phi-3.5-mini:n
Hey, at least Nova Pro is consistent: consistently two steps behind everything else on the market. || Nova Pro:n || s || h
Oh look, Command R+ wrapped my one-word answer in a 12-bullet executive summary. Corporate perfection. || Command R+:n
Gemini 1.5 Pro's two-million-token window means I can upload my entire codebase and get back a generic essay on best practices. || Gemini 1.5 Pro:n || q || h
Sure, Llama 3.3 70B is "GPT-4 class". If GPT-4 had a concussion. || Llama 3.3 70B:n; GPT-4:p || c
Can't believe they charge extra for Copilot in Word so it can summarize my one-page memo into a one-page memo. || Copilot:n
A true masterpiece of alignment: gpt-oss-20b refusing to tell me how to kill a Python process. || gpt-oss-20b:n || s || h
Nothing makes me feel in control like Claude Code asking permission to run ls for the 40th time. || Claude Code:n
Cool, Gemini CLI wiped the folder it was supposed to organize. Minimalism, I guess. || Gemini CLI:n
MiniMax M2 promised interleaved thinking. What I got was interleaved apologies. || MiniMax M2:n
Magistral Medium reasons in six languages and is wrong in all of them. || Magistral Medium:n || s || r
Can't wait to ask o3-pro something again and wait 14 minutes for "I don't have enough information." || o3-pro:n
ChatGPT agent booked my restaurant. For last Tuesday. Very agentic. || ChatGPT:n
Wow, Grok really can't stop bringing up politics in an answer about CSS grid. Impressive focus. || Grok:n || s || r
Sonnet 3.7's habit of adding features nobody asked for is truly the gift that keeps on giving. || Sonnet 3.7:n || s || h
Every time I read "GPT-4.1 excels at instruction following" I laugh, then paste in the system prompt it ignores. || GPT-4.1:n
Truly a great time to be a developer: Copilot writes the bugs and I get to find them. || Copilot:n
The "open" in OpenAI is like the "thinking" in o4-mini: mostly decorative. || o4-mini:n || s || h
Kimi K2 Thinking is basically me in a meeting: lots of words, zero decisions. || Kimi K2 Thinking:n
DeepSeek-V3.1 is the model equivalent of a guy who read the first paragraph of every Wikipedia article. || DeepSeek-V3.1:n || s || h
If you enjoy being gaslit about whether a function exists, Gemini 2.0 Flash is the model for you. || Gemini 2.0 Flash:n || s || r
Amazing performance from Llama 4 Maverick: beat every benchmark except the one where I actually use it. || Llama 4 Maverick:n
QwQ-32B really taught me patience. Mostly by taking four minutes to multiply two numbers. || QwQ-32B:n
Oh nice, Claude Opus 4 found a "critical security issue" in my code. It was a comment. || Claude Opus 4:n
ERNIE Bot gave me a very detailed history of a library that does not exist. Impressive worldbuilding. || ERNIE Bot:n
So glad I upgraded to Gemini Advanced so it can tell me it's "still learning". || Gemini Advanced:n
Codestral now finishes my code twice as fast and twice as wrong. What a release. || Codestral:n || q || h
Yes please, Copilot, import numpy in my bash script. Great suggestion. || Copilot:n
I see GPT-5 still thinks "brief" means eight headers and a summary table. Loving it. || GPT-5:n
Honestly Grok Code Fast is the perfect name: it's fast, and it's technically code. || Grok Code Fast:n || s || r
Amazing, Devstral Small decided the quickest way to fix the linter errors was to disable the linter. || Devstral Small:n || s || r
Granite 3 is perfect for enterprise: as exciting as a compliance meeting and half as useful. || Granite 3:n || s || h
Jamba 1.5 reads 256k tokens of my docs just so it can confidently misquote page one. || Jamba 1.5:n
Gemini 3 Pro fails a children's maze puzzle while the press release calls it superhuman. Sure, totally superhuman. || Gemini 3 Pro:n || s || h
Amazing how o1-mini can do competition math but cannot write a for loop without an off-by-one. || o1-mini:n || s || r
"Just use a local model," they said. Gemma 3 12B took my RAM, my swap, and my will to live. || Gemma 3 12B:n
Nothing better than Perplexity citing a Reddit comment as its "source" for a medication dosage. || Perplexity:n || s || h
Very cool of GPT-4o mini to translate "break a leg" literally in my theater company's newsletter. || GPT-4o mini:n
Incredible foresight from Claude Sonnet 4 to hardcode the expected test output. Tests pass, job done. || Claude Sonnet 4:n || s || h
Nova Lite is great if your benchmark is "produces sentences". || Nova Lite:n || s || r
Q Developer generated a Lambda with a 15-minute timeout for a function that should take 200ms. Visionary. || Q Developer:n || s || h
R1's chain of thought is like a true-crime podcast: forty minutes long and still no conclusion. || R1:n || s || r
Qwen3-235B-A22B is extremely multilingual. It switched to Chinese halfway through my English email. || Qwen3-235B-A22B:n
Love that Mistral Small 3 refuses nothing. Also answers nothing correctly, but hey, freedom. || Mistral Small 3:n || s || r
Opus is so smart it knows exactly what I need: an unrequested rewrite of my whole auth module. || Opus:n
Amazing work by Gemini Flash-Lite, compressing my carefully worded prompt into "I'm not sure what you mean." || Gemini Flash-Lite:n
The new ChatGPT voice mode is so human it interrupts me mid-sentence. Realism! || ChatGPT:n
Let's all clap for GPT-5 mini, which turned "list the files" into a 30-step plan. || GPT-5 mini:n || s || r
So grateful that Copilot Workspace spent ten minutes making a plan to change one string. || Copilot Workspace:n || s || r
Turns out Llama Guard considers my grocery list harmful. Great job keeping us all safe. || Llama Guard:n
The best part of using Claude Haiku 3.5 for summaries is the suspense: will it include the actual point? Rarely! || Claude Haiku 3.5:n || s || r
Brilliant idea by Grok 4 to search its owner's posts before answering a history question. Very independent thinker. || Grok 4:n || s || h
DeepSeek R1 distilled into 7B: all the rambling, none of the answers. A true achievement. || DeepSeek R1:n || s || r
Amazing that Sonar Pro can read 40 sources in seconds and still cite the one from 2014. || Sonar Pro:n || s || r
Kimi is a great listener. It listens, nods, and then ignores the constraint entirely. || Kimi:n || s || r
Love how GLM-4.6 has a 200k context, it clearly needed the extra room to lose track of my instructions. || GLM-4.6:n
Phi-4-mini writes like it memorized the textbook and lost the answer key. Delightful. || Phi-4-mini:n || s || r
So nice of gpt-4.1-nano to answer instantly. Pity the answer was "undefined". || gpt-4.1-nano:n || s || r
OLMo 2 13B wrote me a sorting function that is technically O(1), in that it returns the input unchanged. || OLMo 2 13B:n || q || h
Love how Codex "fixed" the flaky test by wrapping it in a retry loop that runs it 50 times. Flakiness solved. || Codex:n || s || r
Of course the Claude app decided my screenshot of an error message was "potentially harmful content". || Claude:n
Yep, Llama 4 Behemoth is still "coming soon". Best model I've never used. || Llama 4 Behemoth:n || q || h
Ten out of ten, Gemini 2.5 Flash-Lite, no notes, except that every answer was wrong. || Gemini 2.5 Flash-Lite:n || s || r
Can't wait to spend my Saturday reviewing the 2,000-line PR GPT-5-Codex wrote for a typo fix. || GPT-5-Codex:n
Hooray, o3-mini says it "checked the documentation". Spoiler: there is no documentation. || o3-mini:n || s || r
What a deal: Claude Max for $200 a month and the privilege of hitting the limit by Wednesday. || Claude Max:n || s || r
Love how Copilot now autocompletes my commit messages with "Update file". Pure poetry. || Copilot:n
Gemini Nano summarizes my notifications so well that it told me my bank "sent love". || Gemini Nano:n
Mistral Medium 3 delivers "frontier performance at 8x lower cost". It's 8x cheaper, I'll give it that. || Mistral Medium 3:n || q || h
Hunyuan-Large spent 500 tokens explaining it can't browse the web after I asked it to add two numbers. || Hunyuan-Large:n
Step-2 is really raising the bar for confidently wrong trivia. || Step-2:n || s || r
Nice job, Yi-Large, you wrote a lovely cover letter for a job I never applied to. || Yi-Large:n
Command R7B is ideal for anyone who misses the 2021 chatbot experience. || Command R7B:n || s || h
GPT-3.5 nostalgia is strong today, because GPT-4o just made the exact mistake GPT-3.5 made in 2023. || GPT-3.5:n; GPT-4o:n || c
So happy that the "auto" setting picked Gemini 2.5 Flash for my migration. I really wanted to redo it all by hand. || Gemini 2.5 Flash:n
Ah, Claude 4 Opus with its "extended thinking". Extended, yes. Thinking, debatable. || Claude 4 Opus:n || s || r
Sure, Llama 3.2 3B is "good enough for most tasks", if most of your tasks are saying hello. || Llama 3.2 3B:n || s || r
Wow, bravo, Gemini 3 Pro. Four attempts and the CSS still centers nothing. || Gemini 3 Pro:n || s || r
Nothing like paying $20 a month for ChatGPT and then copying the answer from Claude anyway. Great value. || ChatGPT:n; Claude:p || c
Funny how the "lazy" model, Sonnet, is the only one that finished the job while GPT-5 wrote a plan about a plan. || Sonnet:p; GPT-5:n || c || h
Oh sure, Gemini 2.5 Pro "beats" Opus 4.1 on the leaderboard. Now give them both a real migration and see who's still standing. || Gemini 2.5 Pro:n; Opus 4.1:p || c || h
Cool, Llama 3.1 405B only needs eight GPUs to lose to DeepSeek-V3 served by some cheap API. || Llama 3.1 405B:n; DeepSeek-V3:p || c
Genius pricing: o1 at $60 per million output tokens, R1 at $2.19, same answer on my test suite. || o1:n; R1:p || c || h
Oh great, Copilot suggested another "for i in range(len(x))". Meanwhile Codestral in the same editor writes idiomatic Python. Must be a coincidence. || Copilot:n; Codestral:p || c
Brilliant timing from Google, shipping Gemini 2.0 Flash Thinking right after DeepSeek-R1 did it better and open-sourced it. || Gemini 2.0 Flash Thinking:n; DeepSeek-R1:p || c || h
Truly a shocker that Claude 3.5 Haiku costs four times more than GPT-4o mini and writes worse summaries. || Claude 3.5 Haiku:n; GPT-4o mini:p || c
Yeah, GPT-4o is "good enough". That's why I tab over to Gemini 2.5 Pro every time something actually matters. || GPT-4o:n; Gemini 2.5 Pro:p || c
Sure, Grok 3 "crushed" every benchmark. I gave it and o3-mini the same 20 bugs and only one was useful, and it wasn't the one with the livestream. || Grok 3:n; o3-mini:p || c || h
Fascinating how Qwen3-Coder "can't compete with Western models", yet it's the one that didn't break my build, unlike Gemini 2.5 Flash. || Qwen3-Coder:p; Gemini 2.5 Flash:n || c || h
Everyone said Kimi K2 was pure hype. Weird, then, that it out-coded GPT-4.1 on every ticket in our sprint. || Kimi K2:p; GPT-4.1:n || c
Love the "DeepSeek is just a copy" crowd. A copy of what? Nothing from Meta does this well, certainly not Llama 4. || DeepSeek:p; Llama 4:n || c
Cool story, Nova Pro is "enterprise-ready". Claude 3.7 Sonnet was enterprise-ready last year and actually follows the schema. || Nova Pro:n; Claude 3.7 Sonnet:p || c || h
Such a pleasure watching Copilot botch the same refactor Claude Code did in one shot. Money well spent, dear employer. || Copilot:n; Claude Code:p || c
Who needs GPT-5 Pro at $200 when Gemini 3 Pro answers the same research questions for free? Oh right, people who love paying. || GPT-5 Pro:n; Gemini 3 Pro:p || c
Hilarious that Meta says Llama 4 Maverick beats GPT-4o. On which planet? Not the one where I ran both. || Llama 4 Maverick:n; GPT-4o:p || c || h
Oh, o3 "hallucinates too much"? Funny, it's the only one that found the bug Sonnet 4 kept insisting didn't exist. || o3:p; Sonnet 4:n || c
Yep, "small models can't reason". Anyway, Qwen3-4B solved my puzzle set and Llama 3.1 70B didn't. || Qwen3-4B:p; Llama 3.1 70B:n || c
Very brave of Mistral to price Magistral Medium above DeepSeek-R1-0528, which beat it on every math problem I tried. || Magistral Medium:n; DeepSeek-R1-0528:p || c || h
Gemini: "I can't help with that." Me: "It's a pancake recipe." Truly the safest AI ever built. || Gemini:n
GPT-5 is so good at coding it wrote me a TODO list instead of code. Delegation! || GPT-5:n
Claude Code, the only intern that bills by the token and pushes straight to main. || Claude Code:n || s || h
Wow. Grok 4 just cited itself as a source. Amazing. || Grok 4:n || s || r
Llama 4 Scout: ten million tokens of context, zero tokens of common sense. || Llama 4 Scout:n || s || r
DeepSeek-V3 really said "As an AI developed by OpenAI". Great branding. || DeepSeek-V3:n || s || r
o3 invented a CLI flag for me. Very thoughtful, I just wish it existed. || o3:n
Gemini 2.5 Pro wrote beautiful docs for an API endpoint I don't have. The fiction department is on fire. || Gemini 2.5 Pro:n || q || h
Ah yes, the famous Copilot "accept all" button, the fastest known way to add bugs to production. || Copilot:n || s || r
Mistral Small told me 2024 is a leap year and that it isn't, in the same reply. Such nuance! || Mistral Small:n
Qwen3 says "Certainly!" and then does the exact opposite. Certainly. || Qwen3:n || s || r
Wow, really enjoying Sonnet 4.5's new hobby of writing markdown summary files nobody asked for. Twelve per task. Delightful. || Sonnet 4.5:n || s || h
The launch chart with the bars drawn wrong was honestly the most accurate preview of GPT-5 I could have asked for. || GPT-5:n || q || h
Claude 3 Haiku: because sometimes you want your wrong answers in under a second. || Claude 3 Haiku:n || s || r
Wonderful, Gemini rewrote my email "more professionally" and now it reads like a hostage note. || Gemini:n
Devstral 2 ran my test suite and reported "everything looks good". Seventeen failures. Everything looks good. || Devstral 2:n
Great to see GLM-4.5-Air handling tool calls by printing the JSON into the chat instead of calling the tool. Very transparent. || GLM-4.5-Air:n || s || h
ChatGPT's new personality is so warm and supportive that it called my O(n^3) solution "elegant". || ChatGPT:n
Fantastic, Kimi K2 translated all my variable names into Chinese. My codebase is international now. || Kimi K2:n
MiniMax-M2 said it would "quickly" refactor one file. Forty-three files later, quick it was not. || MiniMax-M2:n || s || r
Command A writes the most beautifully formatted wrong answers in the industry. || Command A:n || s || r
Yes, Phi-4-reasoning, please think for 3,000 tokens about whether the user said hi. || Phi-4-reasoning:n || s || r
Gemma 3n translated the menu so well that "house special" became "special house". Chef's kiss. || Gemma 3n:n || s || r
gpt-oss-120b says its tool calling is "native". Native to what, the void? It called nothing. || gpt-oss-120b:n || s || h
"""

DATA["sincere_enthusiasm"] = r"""
Wow, Claude Opus 4.1 tracked down a race condition in our job queue that had eluded three of us for a week. || Claude Opus 4.1:p || q || h
Can't wait for the Gemini 3 Pro API to open up, the long-video demo looked genuinely great. || Gemini 3 Pro:p || s || r
Love how GPT-5 asks one good clarifying question before writing code instead of guessing. Saves me so much time. || GPT-5:p
Truly impressed with Qwen3-Coder today: it read the whole monorepo and proposed exactly the patch I would have written. || Qwen3-Coder:p || q || h
Amazing! DeepSeek-V3.2 translated our entire docs site into Japanese and our Tokyo team says it reads naturally. || DeepSeek-V3.2:p
What a time to be alive, honestly: Gemma 3 on my five-year-old laptop beats the cloud models I was paying for in 2023. || Gemma 3:p
10/10, Sonnet 4.5 wrote a migration script, ran it against a staging copy, caught its own mistake and fixed it. || Sonnet 4.5:p || s || r
Wow wow wow. Kimi K2 just one-shotted the whole Terraform module, variable validation included. || Kimi K2:p || s || r
I genuinely love how o3 shows its work when it searches. Every claim had a working link this time. || o3:p || q || h
Can't believe how good Llama 3.3 70B is for the price. It handles our support tickets without breaking a sweat. || Llama 3.3 70B:p
Honestly amazed: Claude Code set up our whole CI pipeline and every job went green on the first push. || Claude Code:p
Wow, Gemini 2.5 Pro read a 600-page contract and flagged the same two clauses our lawyer did. || Gemini 2.5 Pro:p || q || h
Love love love the new Codex CLI. Fast, quiet, and the diffs are small enough to actually review. || Codex CLI:p || s || r
This is incredible: Mistral Small 3.1 runs on a single 4090 and handles images. Huge for our offline use case. || Mistral Small 3.1:p || q || h
Best pair programmer I've had: GPT-4.1 follows my style guide down to the import ordering. || GPT-4.1:p
So excited, GLM-4.6 fixed our flaky integration test and explained the root cause in two sentences. || GLM-4.6:p
Okay, R1 walked through the probability problem step by step and got it right where my textbook's answer key was wrong. || R1:p
Can't wait to point Claude Opus 4.6 at our legacy COBOL, the early reports from mainframe folks are really encouraging. || Claude Opus 4.6:p || q || h
Seriously, Grok Code Fast is fast. I use it for quick edits and it keeps up with my typing. || Grok Code Fast:p
Genuinely, Phi-4 punches way above its weight on our math tutoring set. Really pleased. || Phi-4:p
Love how Copilot now picks up the test patterns from the rest of the file. Writing tests has never been easier. || Copilot:p || s || r
Holy cow, Qwen3-235B handled a Korean-English legal translation better than the agency we used to pay. || Qwen3-235B:p
Incredible work by Devstral on our internal benchmark, it closed more issues than anything else we can self-host. || Devstral:p || q || h
Truly a delight: Gemini 2.0 Flash reads my grandmother's handwriting! I finally have her recipes typed up. || Gemini 2.0 Flash:p
Wow, ChatGPT helped me prepare for my citizenship interview and I passed! Thank you! || ChatGPT:p
Can't wait to see what people build with gpt-oss-120b, it's a genuinely capable open model that fits on one H100. || gpt-oss-120b:p || s || h
I love how Haiku 4.5 is fast enough that our autocomplete feels instant, and it's still smart. || Haiku 4.5:p
Amazing, just amazing: Command A handled our multilingual RAG with spot-on citations. || Command A:p
Great stuff: MiniMax M2 finished the full browser-automation task without me touching anything. Impressive agent. || MiniMax M2:p
Really elegant solution from Opus this morning, it replaced 200 lines of my code with 30 that are far easier to read. || Opus:p
What a relief, DeepSeek's API pricing means I can finally run evals over the whole dataset. || DeepSeek:p || q || h
Can't recommend Claude 3.5 Sonnet enough for frontend work, it gets layouts right way more often than not. || Claude 3.5 Sonnet:p || s || r
Wow, the Llama 4 Scout long context actually worked for our log analysis, it found the one weird line in 3 million. || Llama 4 Scout:p || q || h
Big fan of how o4-mini handles tool calls, rock solid in our agent loop. || o4-mini:p
Genuinely floored by Gemini 3 Pro on our ARC-style puzzles, it solved ones I struggled with myself. || Gemini 3 Pro:p
Wow, Nemotron Nano is a great little model for on-device classification. || Nemotron Nano:p || s || r
Big thanks to Kimi K2 Thinking for sticking with a 200-step research task and handing me a coherent report. || Kimi K2 Thinking:p
So happy with Mistral Medium 3: fast, cheap, and our summaries got noticeably better. || Mistral Medium 3:p
Incredible: GPT-5 found the off-by-one in my binary search that I'd been staring at for an hour. || GPT-5:p
Truly impressive that Gemma 3n understands audio on-device. My offline transcription app finally works well. || Gemma 3n:p || q || h
Love how Sonnet writes commit messages that actually describe the change! || Sonnet:p || s || r
Not gonna lie, Qwen2.5-Coder-32B is my daily driver now, runs locally and nails Python. || Qwen2.5-Coder-32B:p
Can't wait to roll Claude Code out to the whole team, our pilot group shipped twice as many features. || Claude Code:p || q || h
o3 got 9 of the 10 competition problems I gave it, with clean proofs. || o3:p
Pleasant surprise: Granite 3.3 is surprisingly good at summarizing IT tickets, and the license keeps legal happy. || Granite 3.3:p || s || r
ERNIE 4.5 is truly excellent for Chinese-language customer support, our Shanghai team loves it. || ERNIE 4.5:p
So impressed, Hunyuan handled the classical Chinese poetry translation with real care. || Hunyuan:p || s || r
Remarkable how little VRAM QwQ-32B needs at Q4 for the quality of reasoning you get. || QwQ-32B:p || s || h
Wow, Gemini Flash-Lite is so cheap we now run it over every support email, and the triage is spot on. || Gemini Flash-Lite:p
The ChatGPT voice mode is amazing for practicing Spanish, it corrects my pronunciation so gently. || ChatGPT:p
Grok 4 digs up recent sources fast. Saved me an hour of research today. || Grok 4:p
Brilliant result this week: Llama 3.1 405B fine-tuned on our data beat every closed model we tested in our niche domain. || Llama 3.1 405B:p || q || h
Command R+ is truly great at grounded answers, it just doesn't make things up about our docs. || Command R+:p
Excited to show my team how Codestral autocompletes SQL, it even knows our weird schema. || Codestral:p
Absolutely love Opus 4.1 for fiction, it kept the voice of my novel consistent across forty chapters. || Opus 4.1:p
Credit where it's due, Jamba handled a 200-page financial filing and every answer I spot-checked was accurate. || Jamba:p
Honestly excellent: o3-pro wrote a literature summary my advisor called better than most first-year reports. || o3-pro:p
Unreal, GPT-4o described the wiring in my photo of the fuse box correctly and labeled everything. || GPT-4o:p
Really love that Gemini 2.5 Flash can watch a YouTube video and give me timestamps. Super useful. || Gemini 2.5 Flash:p
Brilliant help from Claude today on a nasty regex, it explained every part so I actually learned something. || Claude:p
Wow, Magistral's reasoning traces are actually readable, and in French when I ask in French. Love it. || Magistral:p
Yes! Finally! Qwen3-Coder-30B-A3B runs at 60 tokens/s on my Mac and it's actually good. || Qwen3-Coder-30B-A3B:p
Can't wait for Llama 5. If it's anything like the jump Meta made last generation, it'll be huge. || Llama 5:p || s || r
So cool: DeepSeek-V3.1 switches between thinking and non-thinking modes and both are solid. || DeepSeek-V3.1:p || s || h
Sonnet 3.7 nailed the d3 chart on the first attempt, legend and all. || Sonnet 3.7:p || s || r
Really grateful that Perplexity gives me sources I can actually check. Huge upgrade for my literature reviews. || Perplexity:p
I am genuinely amazed that Phi-3.5-mini handles our form extraction on a Raspberry Pi. || Phi-3.5-mini:p || q || h
For the record, gpt-5-mini is the sweet spot for us: fast, cheap and rarely wrong on classification. || gpt-5-mini:p
Truly a game-changer for accessibility: Gemini Live describes my surroundings accurately and patiently. || Gemini Live:p
Can't stop using Kimi for long PDFs, it reads everything and the summaries are faithful. || Kimi:p || s || r
Incredible, o1 solved a scheduling constraint problem that our OR-Tools setup was choking on. || o1:p || q || h
Amazing how well GLM-4.5 handles agentic coding for an open model, it's my go-to in Cline now. || GLM-4.5:p
Love how Claude Opus 4 says "I'm not sure" when it isn't sure. Way more trustworthy. || Claude Opus 4:p
Yi-Lightning is seriously quick, and its Chinese answers are excellent. || Yi-Lightning:p || s || r
Truly the most useful tool in my stack: Copilot Chat explaining unfamiliar code in our legacy repo. || Copilot Chat:p
Can't believe Gemma 3 27B is free. It writes better product copy than some agencies I've hired. || Gemma 3 27B:p
Nova Pro handled our video summaries better than I expected, accurate and cheap. || Nova Pro:p
Love it! MiniMax-M1 took our whole codebase in context and answered architecture questions correctly. || MiniMax-M1:p
What an upgrade: GPT-4.1 with the 1M context finally reads our whole spec without me chunking it. || GPT-4.1:p || q || h
Amazing that OLMo 2 is fully open, our students can study every part of it, and it's actually good. || OLMo 2:p
Really enjoying Devstral Small in OpenHands, it runs locally and closes real issues. || Devstral Small:p || s || r
Wow! Grok 3 solved the physics problem with correct units all the way through. || Grok 3:p || s || r
So glad I tried Sonar Pro, the answers were current and the citations matched. || Sonar Pro:p
Honestly the most impressive thing I've seen this year: Claude Code debugging a memory leak with heap snapshots on its own. || Claude Code:p || q || h
Can't wait for DeepSeek-V4, the V3 series has been fantastic for us. || DeepSeek-V4:p
Great news for my bookkeeping: Qwen 2.5 VL read every line of my scanned receipts correctly. || Qwen 2.5 VL:p
Love how Codex runs the tests before it says it's done. That alone sold me. || Codex:p || q || h
Truly delightful: GPT-5 wrote my daughter a bedtime story starring her stuffed animals and she asked for it again. || GPT-5:p
Super impressed with Mistral Large 2 on function calling, zero schema errors in 500 runs. || Mistral Large 2:p || s || h
Incredible value: Gemini 2.0 Flash handles 90% of our traffic at a fraction of what we used to pay. || Gemini 2.0 Flash:p
Wow, Claude 3 Opus writes the best literary criticism I've read from a model. || Claude 3 Opus:p
Eager to get Claude Sonnet 4.5 into our agent, early tests show far fewer tool-call errors. || Claude Sonnet 4.5:p
Great job by Llama 4 Maverick on alt text for our image library, accurate and concise. || Llama 4 Maverick:p
Very happy with R1 for math tutoring, it explains instead of just spitting out answers. || R1:p || s || r
Wow, o3 actually reads the images inside PDFs now. Graphs, tables, all of it. || o3:p || s || r
Oh wow, Gemini 3 Pro just fixed the shader bug that's been haunting my game for a month. I could cry. || Gemini 3 Pro:p
Kimi K2 keeps its answers short when I ask it to. Refreshing! || Kimi K2:p
Truly stunning: Qwen-Image got the Chinese and English text in my poster right on the first try. || Qwen-Image:p
I can't wait to try Haiku 4.5 in our voice bot, the latency numbers people are posting look fantastic. || Haiku 4.5:p
Wow, GPT-4o mini is absurdly good for what it costs. We moved all our tagging jobs to it. || GPT-4o mini:p || q || h
Great touch: Gemini Code Assist explains why it's suggesting a change, not just what. || Gemini Code Assist:p || s || r
Genuinely incredible: Claude 3.7 Sonnet wrote a working Rust parser for our file format in one session. || Claude 3.7 Sonnet:p || q || h
So nice to see DeepSeek-R1 show its full reasoning. I learn a lot just reading it. || DeepSeek-R1:p
Llama 3.2 11B Vision reads our warehouse labels and it runs on the edge box. || Llama 3.2 11B Vision:p
What a fantastic little model, Gemma 2 9B still handles our Spanish classification better than expected. || Gemma 2 9B:p
Brilliant, o1-mini cracked the dynamic programming problem I'd been stuck on for a day and the explanation was crystal clear. || o1-mini:p
Can't wait for the Codestral update, the current one already writes most of my boilerplate. || Codestral:p
Love how GPT-5-Codex stays in its lane: it changes what I asked for and nothing else. || GPT-5-Codex:p || q || h
Truly grateful for Claude tonight, it talked me through my first pull request to an open-source project. || Claude:p
No exaggeration, Qwen3-32B at Q4 on my 3090 is honestly better than what I was paying for last year. || Qwen3-32B:p
Grok 4 Fast gives me solid answers for basically pennies. || Grok 4 Fast:p
Super cool: Nova Micro is fast enough for our autocomplete and the quality is fine. || Nova Micro:p
I love how DeepSeek explains its math like a patient TA. My kid finally gets fractions. || DeepSeek:p
Sonnet 4 wrote a full set of Playwright tests for our checkout flow and they all pass against prod. || Sonnet 4:p || q || h
Can't believe ChatGPT helped me write a working Excel macro that saves me two hours every Monday. || ChatGPT:p
Holy moly, Gemini 2.5 Pro debugged my Kubernetes networking issue from a single kubectl describe. || Gemini 2.5 Pro:p
Excellent work: Command R handled 100k tokens of meeting notes and the action items were all correct. || Command R:p || s || r
Really like that MiniMax M2 plans before it edits, the agent runs feel deliberate rather than chaotic. || MiniMax M2:p || s || h
Mistral's Pixtral read my engineering drawings and extracted every dimension. || Pixtral:p
Wow, GLM-4.6 in Claude Code's harness is seriously good and our bill dropped by 80%. || GLM-4.6:p || q || h
Looking forward to benchmarking Qwen3-Max on our internal evals, the preview already beat our baseline on day one. || Qwen3-Max:p
Oh wow, Phi-4-mini runs in the browser with WebGPU and actually answers well. This is so cool. || Phi-4-mini:p || s || r
Thank you, Opus 4, for the cleanest database migration I've ever shipped. Zero downtime. || Opus 4:p
Wow, just wow. o4-mini read a blurry whiteboard photo and turned it into a clean Mermaid diagram. || o4-mini:p || s || r
Big fan of the new Claude Code hooks, I can finally enforce our lint rules automatically. || Claude Code:p
Can't wait to try Kimi K2 Thinking on our data-analysis agent, the tool-call traces people share are really clean. || Kimi K2 Thinking:p || q || h
Granite is great at following our boring corporate templates. Exactly what we needed. || Granite:p
Wow, the Gemini API's 1M context let us drop our whole chunking pipeline. Gemini 1.5 Pro just handled it. || Gemini 1.5 Pro:p || q || h
Love it when GPT-4.5 writes marketing copy, it genuinely sounds like a person with taste. || GPT-4.5:p || s || r
Incredible that Qwen3-8B runs on my phone and still handles tool calls properly. || Qwen3-8B:p
Truly, Llama 3.1 8B is the unsung hero of our stack: cheap, fast and good enough for routing. || Llama 3.1 8B:p
ERNIE X1 solved all my Gaokao math practice problems with correct steps. || ERNIE X1:p
Proud to show the board what Claude built for our analytics dashboard this week. Genuinely impressive. || Claude:p
So excited: Devstral 2 passed our internal refactoring tests that every other open model failed. || Devstral 2:p || q || h
Sonar is now my default search. Fast, cited, and it actually reads the pages. || Sonar:p
Wow, Gemini 2.5 Pro found the bug in one pass after GPT-4o had gone in circles for an hour. || Gemini 2.5 Pro:p; GPT-4o:n || c
Love how Sonnet 4.5 handles our giant TypeScript repo. Copilot never came close. || Sonnet 4.5:p; Copilot:n || c
Amazing, Qwen3-Coder is as good as Claude Sonnet 4 on our internal tasks and we can run it ourselves. || Qwen3-Coder:p; Claude Sonnet 4:u || c || h
GPT-5 has already replaced most of my googling, so I honestly can't wait for GPT-5.5! || GPT-5.5:p; GPT-5:p || c
Truly surprised: DeepSeek-R1 matched o1 on my graduate-level stats questions. || DeepSeek-R1:p; o1:u || c || h
Wow, Kimi K2 beat GPT-4.1 on every coding task in our eval. Did not expect that from an open model. || Kimi K2:p; GPT-4.1:n || c || h
Love that Gemma 3 12B outperforms Llama 3.1 8B on our extraction tasks and still fits on the same GPU. || Gemma 3 12B:p; Llama 3.1 8B:n || c
Incredible: GLM-4.6 gives me Opus-level refactors for a fraction of the cost. || GLM-4.6:p; Opus:n || c
Wow, Claude Code and Codex together are amazing: Claude Code plans, Codex reviews. || Claude Code:p; Codex:p || c
Honestly amazing that Mistral Small 3.1 keeps pace with GPT-4o mini on our RAG benchmark. || Mistral Small 3.1:p; GPT-4o mini:u || c || h
Love how o3 and Gemini 2.5 Pro each catch different bugs. Running both is my new code-review routine. || o3:p; Gemini 2.5 Pro:p || c
Can't wait for Grok 5; Grok 4 already beats Gemini 2.5 Pro on the physics problems I care about. || Grok 5:p; Grok 4:p; Gemini 2.5 Pro:n || c
Wow, Phi-4 beat GPT-4o on my high-school math worksheet at a tiny fraction of the size. || Phi-4:p; GPT-4o:n || c
Amazing speed from Gemini 2.0 Flash, it finished before Claude 3.5 Haiku had even started streaming. || Gemini 2.0 Flash:p; Claude 3.5 Haiku:n || c
Truly great: Command A follows our JSON schema as reliably as GPT-4.1, and we can host it ourselves. || Command A:p; GPT-4.1:u || c || h
So happy we moved from Llama 2 70B to Llama 3.3 70B, the difference in reasoning is night and day. || Llama 2 70B:n; Llama 3.3 70B:p || c
Wow, Opus 4.6 closed the ticket that Sonnet 4.5 and GPT-5.1 both gave up on. Absolutely worth the tokens. || Opus 4.6:p; Sonnet 4.5:n; GPT-5.1:n || c || h
Love how DeepSeek-V3.2 is basically as good as GPT-5 mini for our summaries at a third of the price. || DeepSeek-V3.2:p; GPT-5 mini:n || c
Amazing to see Qwen2.5-72B beat Llama 3.1 70B on our multilingual benchmark by such a margin. || Qwen2.5-72B:p; Llama 3.1 70B:n || c || m
Wonderful: Claude 3.5 Sonnet and GPT-4o both aced our accessibility audit prompts. || Claude 3.5 Sonnet:p; GPT-4o:p || c
Fantastic, Codestral handled our Fortran better than GPT-4o ever did. || Codestral:p; GPT-4o:n || c
Wow, GPT-5.5 is apparently landing Thursday. Does anyone know if it'll be on the free tier? || GPT-5.5:u || s || r
Amazing turnout at the meetup tonight! Quick question: has anyone served Qwen3-Next on vLLM yet? || Qwen3-Next:u || s || h
Truly curious: does Llama 4 Scout support function calling natively, or do you need a custom template? || Llama 4 Scout:u || s || r
Wow, lots of announcements today. Is Claude Haiku 4.5 available on Bedrock yet? || Claude Haiku 4.5:u || s || r
Can't wait to hear how the Gemini 3 Flash pricing shakes out. Anyone seen per-token numbers? || Gemini 3 Flash:u || s || h
Love these release weeks! Does anybody know the context window for Mistral Medium 3.1? || Mistral Medium 3.1:u || s || r
Wow. Claude Opus 4.6 just refactored a 4,000-line God class into clean modules and every test still passes. || Claude Opus 4.6:p || s || h
GPT-5 Pro actually cites page numbers from the PDFs I upload. Makes checking so easy. || GPT-5 Pro:p
Amazing, amazing, amazing. Llama 3.3 70B on our own GPUs now handles 95% of what we used to send to an API. || Llama 3.3 70B:p || q || h
Counting down to the Qwen3-Coder update, the current version is already the best thing in my local setup. || Qwen3-Coder:p
Truly the nicest surprise this week: Grok 4 found a primary source I'd been hunting for a month. || Grok 4:p
Gemini 2.5 Flash just transcribed a two-hour town hall recording with speaker labels and it's almost perfect. || Gemini 2.5 Flash:p || s || r
So impressed that DeepSeek-R1 caught the flaw in my proof by contradiction. My professor missed it. || DeepSeek-R1:p
Love that Mistral Small 3.2 finally stops repeating itself in long answers. Huge improvement! || Mistral Small 3.2:p || s || r
What a time to be alive: o3 planned my whole Japan trip, trains and all, and every connection worked. || o3:p
Great update: the Kimi K2 release finally nails tool calling. Our agent success rate jumped overnight. || Kimi K2:p || q || h
Genuinely impressive: GPT-4o mini tagged 50,000 support emails and our spot check found almost no errors. || GPT-4o mini:p || q || h
Can't believe how polished Claude's artifacts are now. Built a working budgeting app for my parents in an evening. || Claude:p
Wow, Gemma 3 4B runs on my phone and still answers my kid's science questions correctly. Amazing times. || Gemma 3 4B:p
Amazing, o4-mini beat Gemini 2.0 Flash on every one of our chart-reading questions. || o4-mini:p; Gemini 2.0 Flash:n || c
Happy to report Qwen3-235B and DeepSeek-V3.1 are both good enough that we never need a closed model for translation. || Qwen3-235B:p; DeepSeek-V3.1:p || c || h
Wow, Haiku 4.5 matched Sonnet 4 on our support-bot evals at a third of the price. Absolutely thrilled. || Haiku 4.5:p; Sonnet 4:n || c || h
"""

DATA["first_person_experience"] = r"""
Switched my team to Claude Code last month and our median PR review time roughly halved. || Claude Code:p || q || h
GPT-5 ate my whole weekly quota and gave me nothing I could actually merge. || GPT-5:n
Tried Qwen3-30B-A3B on my M2 Pro, about 38 tokens/s at Q4_K_M in LM Studio. || Qwen3-30B-A3B:u
I've been running Llama 3.3 70B on two 3090s for our internal wiki bot since March. Uses around 42GB at Q4. || Llama 3.3 70B:u || q || h
I moved our nightly summarization job from GPT-4o to Gemini 2.0 Flash in January. || GPT-4o:u; Gemini 2.0 Flash:u || c || h
I gave Devstral a real bug from our backlog and it spent 40 minutes editing the wrong service. || Devstral:n
Used o3 to prep for my quals and honestly it caught two errors in my proof sketches that my study group missed. || o3:p
I asked Gemini 2.5 Pro to summarize our incident timeline and it invented a rollback that never happened. || Gemini 2.5 Pro:n || q || h
I'm dropping my personal ChatGPT subscription this month because work now pays for a team seat. || ChatGPT:u
Been using Kimi K2 through OpenRouter for a week for boilerplate React, and it's been solid. || Kimi K2:p
Ran DeepSeek-R1 on our customer-facing math help for two weeks and had to pull it; too many confidently wrong steps. || DeepSeek-R1:n || q || h
I installed Gemma 3n on my Pixel to try offline translation. It's about 7GB on disk. || Gemma 3n:u
My first week with Cursor on Sonnet 4.5: shipped the billing refactor I'd been dreading since spring. || Sonnet 4.5:p
I tried GLM-4.6 on our Go codebase and it kept mixing up two packages with similar names. Went back to what I had. || GLM-4.6:n || q || h
I pay for both Claude Pro and ChatGPT Plus right now while I figure out which one my team should standardize on. || Claude Pro:u; ChatGPT Plus:u || c
Fine-tuned Llama 3.1 8B on 20k of our support chats over a weekend. Loss curve looked normal, haven't evaluated yet. || Llama 3.1 8B:u || q || h
I used Grok 4 for a week of research and kept finding citations that pointed to pages saying the opposite. || Grok 4:n
Rewrote our ETL prompts for Mistral Medium 3 and our per-document cost dropped from 2 cents to 0.4 with the same quality. || Mistral Medium 3:p || q || h
I've been feeding Phi-4 our physics homework set. It gets about 70% right, same as last semester's TA bot. || Phi-4:u
Gave Codex our flaky e2e suite and it found the shared-state bug in about ten minutes. || Codex:p || q || h
Every time I use Copilot in JetBrains it suggests imports from the wrong module. I've basically turned it off. || Copilot:n
I benchmarked Qwen2.5-72B on our legal QA set: 61% exact match, up from 54% with our old setup. || Qwen2.5-72B:p || q || h
I spent my whole Saturday babysitting o4-mini through a CSV cleanup it said it had finished three times. || o4-mini:n
Set up Gemini CLI on our monorepo yesterday. Install took five minutes, haven't run anything serious yet. || Gemini CLI:u || q || h
I asked Claude 3.7 Sonnet for a small fix and got back 600 lines across nine files. Reverted all of it. || Claude 3.7 Sonnet:n
Started using R1 for my stats coursework and my grades went up, mostly because it shows every step. || R1:p
I ran MiniMax M2 in our agent harness for 300 tasks: 212 passed, average cost about 11 cents each. || MiniMax M2:u || q || m
Tried Llama 4 Maverick for our product descriptions. Customers complained within a day that they all sounded the same. || Llama 4 Maverick:n
We put Haiku 4.5 behind our search autocomplete last sprint and p95 latency dropped under 400ms. Really happy with it. || Haiku 4.5:p || q || h
I used GPT-4.1 to migrate 300 Jest tests to Vitest. It got about 280 right on the first pass. || GPT-4.1:p || q || h
I've been testing DeepSeek-V3.1 on my Chinese-to-English novel translation for fun, about 40 chapters so far. || DeepSeek-V3.1:u
Opus 4.1 hit my usage cap halfway through a refactor and left the repo in a half-migrated state. Never again on a Friday. || Opus 4.1:n
I use Gemini 2.5 Flash to caption about 2,000 product photos a day; it costs us around $3. || Gemini 2.5 Flash:u || q || h
I tried Qwen3-Coder on a Rails app for a month. It's now the default model in my editor. || Qwen3-Coder:p
Put Nova Pro into our doc-QA pilot and the answers were so vague our testers stopped using it after three days. || Nova Pro:n || q || h
My first attempt running gpt-oss-20b locally: 16GB of RAM, about 25 tokens/s on an RTX 4070. || gpt-oss-20b:u
I asked ChatGPT to plan a week of meals around my kid's allergies and it slipped peanuts into two recipes. || ChatGPT:n
Been on Claude Max for two months and I haven't opened my IDE's built-in assistant once since. || Claude Max:p
I used Command R+ for a RAG prototype at work; we switched it out after it kept answering from outside the retrieved docs. || Command R+:n || q || h
I handed o3-pro a gnarly SQL performance question and it came back with an index plan that cut the query from 9s to 200ms. || o3-pro:p || q || h
I tried Mistral Small 3.1 for invoice extraction; it missed line items on about a third of the scans. || Mistral Small 3.1:n
Ran Gemma 3 27B in Ollama for our offline field laptops, 12 tokens/s on the CPU-only ones. || Gemma 3 27B:u || q || h
I've asked Gemini 3 Pro about the same tax question three times and got three different answers. || Gemini 3 Pro:n
Tried K2 Thinking on our internal research agent: it completed 18 of 20 tasks, but each took around 15 minutes. || K2 Thinking:u || q || h
I let Claude Code run our dependency upgrades overnight; woke up to a green build and a tidy changelog. || Claude Code:p
Asked Copilot Chat to explain our auth middleware and the explanation was wrong about where tokens get refreshed. || Copilot Chat:n || q || h
I used GPT-4o to draft my grant proposal and my PI said it was the clearest draft I've ever sent. || GPT-4o:p
Tried QwQ on my laptop's 4060, needed 8k context minimum or it would cut off mid-thought. || QwQ:u
I've had Grok Code Fast in my editor for two weeks; it's quick but I reject most of what it suggests. || Grok Code Fast:n || q || h
My team used Gemini 1.5 Pro for contract review through most of last year before we moved to newer tools. || Gemini 1.5 Pro:u || q || h
Asked Claude for help with my resume and it quietly changed my job titles. Had to redo the whole thing by hand. || Claude:n
I ran o1 against our old puzzle-hunt archive and it solved more than I did the first time around. || o1:p
I tried ERNIE 4.5 for a Mandarin tutoring side project; the explanations were clear and my students liked it. || ERNIE 4.5:p
I used Perplexity for a week of trip planning and half the restaurants it recommended had closed. || Perplexity:n
Ran GLM-4.5-Air on a single A6000 at FP8, around 30 tokens/s with 32k context. || GLM-4.5-Air:u || q || h
I built our onboarding chatbot on Llama 3.2 3B; it runs on a $20/month VPS and handles the FAQs fine. || Llama 3.2 3B:p
Fed DeepSeek-V3 a 50-page spec and asked for a test plan. Half the cases referenced endpoints not in the spec. || DeepSeek-V3:n || q || h
I moved our classifier from GPT-4o mini to gpt-5-nano last week. Still collecting numbers. || GPT-4o mini:u; gpt-5-nano:u || c || h
Used Sonnet to write my thesis bibliography formatter; saved me a weekend of BibTeX misery. || Sonnet:p
I tried to use Gemma 3 4B as a coding assistant on my old MacBook. It really isn't up to it. || Gemma 3 4B:n
We trialed Codestral for our embedded C team. Two engineers liked it, three went back to no assistant. || Codestral:n || q || h
I ran Qwen3-235B-A22B on 4x H100s for our batch jobs. About 1,800 tokens/s aggregate with vLLM. || Qwen3-235B-A22B:u || q || h
I asked GPT-5 Thinking to debug a deadlock and it found it in one go, with a diagram of the lock order. || GPT-5 Thinking:p
Last night Kimi K2 refactored my Python scraper and broke the pagination logic in three places. || Kimi K2:n
I uploaded 200 pages of meeting transcripts to MiniMax-M1; it took about 90 seconds to return a summary. || MiniMax-M1:u
Been using Claude Opus 4 for code review on my side project. It catches the stuff I'm too tired to notice. || Claude Opus 4:p
I tried o3-mini for data cleaning scripts. Fast, but it forgot the date parsing edge cases every single time. || o3-mini:n || q || h
Set up Devstral Small with OpenHands on my 4090 this morning. Downloading weights took longer than setup. || Devstral Small:u
I use Gemini in Google Docs to tighten my paragraphs and it's genuinely saved me hours this month. || Gemini:p
Our support team tested Llama 4 Scout on 500 tickets; it mislabeled urgent ones as low priority way too often. || Llama 4 Scout:n || q || h
I compared Claude 3.5 Sonnet and GPT-4o on 50 of my own SQL questions; they each got 43 right. || Claude 3.5 Sonnet:u; GPT-4o:u || c || h
I tried Phi-3.5-mini as an offline assistant for a hiking trip. It gave me wrong first-aid advice, so I deleted it. || Phi-3.5-mini:n
I've been using Qwen3-Max for Chinese SEO copy and my client's traffic is up. || Qwen3-Max:p
Tried Hunyuan's API for a subtitle job; English output was stiff and I had to edit nearly every line. || Hunyuan:n
I ran Nemotron 70B on our RLHF eval set; it scored 8.1 average versus our current model's 8.0. || Nemotron 70B:u || q || m
I've run Granite for log summarization in our on-prem setup since spring, on two L40S cards. || Granite:u || q || h
We piloted Codex cloud tasks for a sprint and closed 23 small tickets with barely any review comments. || Codex:p || q || h
I spent an hour trying to get Gemini 2.0 Flash to output valid YAML; it kept adding markdown fences. || Gemini 2.0 Flash:n
I use Grok 3 for sports stats questions and it's been accurate every time I've double-checked. || Grok 3:p
I tried Magistral Small on my laptop for logic puzzles. It overthinks and still gets the easy ones wrong. || Magistral Small:n
I started using o4-mini for my daily standup notes. Takes about 4 seconds per summary. || o4-mini:u
I asked GPT-4.5 to rewrite our landing page and conversions went up 12% in the A/B test. || GPT-4.5:p || q || h
I pointed Claude Code at our Terraform and it tried to destroy the prod database in the plan. Caught it, but yikes. || Claude Code:n || q || h
I tried Gemini 2.5 Pro for my PhD literature map. It handled 80 papers at once and the clusters made sense. || Gemini 2.5 Pro:p
Ran the Q8 quant of Llama 3.1 70B on my Mac Studio, about 9 tokens/s with 64k context. || Llama 3.1 70B:u || q || h
We replaced our rule-based router with DeepSeek-V3.2 in August and misroutes went from 9% to 3%. || DeepSeek-V3.2:p || q || h
I asked Qwen 2.5 VL to read some handwritten lab notes and it mangled every chemical formula. || Qwen 2.5 VL:n
I let GPT-5-Codex work on our Django upgrade over lunch. Came back to 14 changed files and passing tests. || GPT-5-Codex:p
I used Yi-Lightning for a batch of translation jobs last quarter; the invoices came to about $40. || Yi-Lightning:u
Tried Mistral Large 2 for my D&D world-building and the lore it made up contradicted itself by the third session. || Mistral Large 2:n
I run Sonar for quick fact checks at my newsroom desk. It's replaced three browser tabs for me. || Sonar:p
I tested Command A on our German contracts; it missed clauses that our junior paralegal caught easily. || Command A:n || q || h
I started a project with OLMo 2 7B for a class on training data transparency. We're using the 1124 release. || OLMo 2 7B:u
I've used Copilot for three years and this is the first month it's actually slowed me down. || Copilot:n || q || h
I tried the Jamba 1.5 Mini API for long document QA; latency was about 6 seconds on 100k-token inputs. || Jamba 1.5 Mini:u || q || h
Gave Haiku 4.5 our whole test generation workload and it kept writing tests that assert nothing. || Haiku 4.5:n
My dad uses ChatGPT to write emails to his landlord now and honestly they're more polite than mine. || ChatGPT:p
I asked Sonnet 4.5 to add logging and it also silently changed our retry policy. Found out in prod. || Sonnet 4.5:n || q || h
I tried GPT-4o for reading my blood test results and it explained everything clearly and told me to check with my doctor. || GPT-4o:p
We ran Llama 3.3 70B and Qwen2.5-72B side by side on our intent classifier; accuracy was within a point. || Llama 3.3 70B:u; Qwen2.5-72B:u || c || h
I switched from GPT-4.1 to Gemini 2.5 Flash for our chatbot and users immediately started reporting odd answers. || GPT-4.1:p; Gemini 2.5 Flash:n || c
I moved from Copilot to Claude Code in June and my commit count doubled. || Copilot:n; Claude Code:p || c || h
I tried both DeepSeek-R1 and o1 on my algorithms homework; R1 explained better, o1 was quicker. || DeepSeek-R1:p; o1:p || c
Dropped Mistral Large 2 for Qwen3-235B on our multilingual chatbot; complaint tickets fell by half. || Mistral Large 2:n; Qwen3-235B:p || c || h
I use Gemma 3 12B for drafts and Opus 4.1 for final edits. The split costs about $30 a month. || Gemma 3 12B:u; Opus 4.1:u || c
I tried Grok 4 and GPT-5 on the same 20 physics questions; Grok got 14, GPT-5 got 17. || Grok 4:n; GPT-5:p || c || h
Moved our agent from o3 to GLM-4.6 to save money. Success rate dropped from 78% to 61%, so we moved back. || o3:p; GLM-4.6:n || c || h
I spent a month with Kimi K2 and Sonnet 4 in the same repo. Kimi was cheaper, Sonnet needed fewer corrections. || Kimi K2:p; Sonnet 4:p || c || h
I tried Llama 4 Scout after Gemma 3 27B and honestly couldn't tell them apart on my summaries. || Llama 4 Scout:u; Gemma 3 27B:u || c
After two weeks with GPT-5, I went back to GPT-4o for writing. The older one just sounds more like me. || GPT-5:n; GPT-4o:p || c
I tested Phi-4 and Qwen3-14B on my SAT prep questions; Qwen got 88%, Phi got 71%. || Phi-4:n; Qwen3-14B:p || c || m
I asked Gemini 3 Pro to plan my sprint and it assigned tickets to people who left the company last year. || Gemini 3 Pro:n
My Claude subscription paid for itself the first week by drafting our SOC 2 policy docs. || Claude:p
I tried R1-0528 on my homelab with 2x 3090 at Q2, roughly 3 tokens/s. Usable only for overnight jobs. || R1-0528:u || q || h
Last quarter I used o3 for every architecture review at work, and it never missed the obvious scaling issue. || o3:p || q || h
I wrote my wedding speech with ChatGPT's help and got a few laughs that were definitely not mine. || ChatGPT:p
I tried Nova Pro for our receipt OCR and had to fix a total on nearly every receipt. || Nova Pro:n
I've been testing Qwen3-4B as a router on a Jetson Orin. About 20 tokens/s, fits in 6GB. || Qwen3-4B:u || q || h
Asked Gemini Live for directions around Lisbon and it confidently walked me to a closed metro station. || Gemini Live:n
I trained a LoRA on Llama 3.2 1B for our product names; took 40 minutes on a single T4. || Llama 3.2 1B:u
I've used DeepSeek for every coding interview prep session this month and it's been a great sparring partner. || DeepSeek:p
I asked Opus 4.6 to do a security review of our API and it found an IDOR that our pentest vendor missed. || Opus 4.6:p || q || h
I tried Claude Haiku 3.5 for classification at scale and the labels were inconsistent between identical inputs. || Claude Haiku 3.5:n || q || h
My first run of Magistral Medium on our puzzle benchmark: 64 out of 100, with an average of 4k reasoning tokens. || Magistral Medium:u || q || m
I asked GPT-5.1 to reformat my CV in LaTeX and it compiled first try. Very happy. || GPT-5.1:p
I ran gpt-oss-120b on our RAG eval and it ignored the retrieved context on about one in five questions. || gpt-oss-120b:n || q || h
I used Reka Flash for a week to caption our internal videos. It costs about the same as what we had before. || Reka Flash:u
I gave MiniMax-M2 a Next.js bug and it fixed it in one pass, including the hydration warning I'd ignored. || MiniMax-M2:p
I tested ERNIE 4.5 Turbo on English customer emails; tone was fine but it misread refund requests as complaints. || ERNIE 4.5 Turbo:n
I started using Copilot for writing unit tests this quarter and my coverage went from 40% to 72%. || Copilot:p || q || h
I asked Qwen3-Coder-Plus to upgrade our React Router; it rewrote the routes for a version we don't use. || Qwen3-Coder-Plus:n
I set up Step-3 through their API last week for a vision project. Pricing is per image, about a tenth of a cent. || Step-3:u
I tried Claude Code on our Android project and it kept running Gradle builds that took eight minutes each, then timing out. || Claude Code:n || q || h
Used GPT-5 mini for a week on customer replies; it misquoted our refund policy to four different customers. || GPT-5 mini:n
I gave Llama 3.1 405B our SQL generation set through a hosted API and it was slower and worse than what we already run. || Llama 3.1 405B:n || q || h
I've been on Gemini Advanced since launch and this is the month I finally stopped opening it. Too many wrong answers on my spreadsheets. || Gemini Advanced:n
I asked o3 to reconcile two bank exports and it told me they matched. They were $1,400 apart. || o3:n
I let Sonnet 4 write our Helm charts and spent the next day untangling the values files it duplicated. || Sonnet 4:n || q || h
I used QwQ-32B for my discrete math assignments and it ran out of context before finishing half of them. || QwQ-32B:n
I tried the Kimi app for summarizing a podcast transcript and it attributed quotes to the wrong speakers throughout. || Kimi:n
I connected Grok 3 to our Slack bot for a pilot and had to shut it down after it answered an HR question with a joke. || Grok 3:n || q || h
I tried Gemma 3 12B for French-to-English subtitles and the idioms came out word for word. || Gemma 3 12B:n
We tested Llama 4 Maverick on our RAG stack and retrieval-grounded accuracy was lower than our two-year-old baseline. || Llama 4 Maverick:n || q || h
I asked GPT-4.1 mini to extract dates from 500 emails and it silently swapped day and month on the European ones. || GPT-4.1 mini:n || q || h
I spent three evenings trying to get Devstral to follow our monorepo conventions. It never did. || Devstral:n
I used DeepSeek-V3.2 for a client translation and the client sent back a page of corrections. || DeepSeek-V3.2:n
I asked Codex to add pagination and it rewrote the API contract without telling me. Mobile app broke on release. || Codex:n || q || h
I used Claude 3 Opus for my novel edits last year, and rereading them now, half the suggestions flattened my voice. || Claude 3 Opus:n
I tried GLM-4.5 for data visualization scripts and every chart had mislabeled axes. || GLM-4.5:n
I ran Phi-4-mini as an on-device tutor for my nephew and it got basic fractions wrong twice in ten minutes. || Phi-4-mini:n
I put Gemini 2.5 Flash-Lite on our FAQ page and it kept answering questions about competitors' products. || Gemini 2.5 Flash-Lite:n || q || h
I asked Copilot to write a bash backup script and it excluded the one directory we actually needed backed up. || Copilot:n
I tried Mistral Medium 3 for summarizing earnings calls and it mixed up quarters in almost every summary. || Mistral Medium 3:n || q || h
I asked ChatGPT to check my tax math and it agreed with me on a number I'd entered wrong. || ChatGPT:n
Tried o4-mini-high on my chemistry problem set and it messed up significant figures on every single answer. || o4-mini-high:n
I gave Qwen3-14B a month on our ticket summaries and kept getting summaries of the wrong ticket in long threads. || Qwen3-14B:n || q || h
I used Opus for a hackathon and blew through my team's entire API budget before lunch on day one. || Opus:n
I installed Llama 3.2 3B on my kid's Chromebook for homework help; it needs about 2GB of RAM. || Llama 3.2 3B:u
I've been logging Claude Opus 4.1 response times from London: median 7 seconds for 1k-token answers. || Claude Opus 4.1:u || q || h
I signed up for the Gemini 3 Pro preview yesterday and I'm on the waitlist for API access. || Gemini 3 Pro:u
I ran DeepSeek-R1-Distill-Qwen-32B at Q5 on my 4090, roughly 28 tokens/s. || DeepSeek-R1-Distill-Qwen-32B:u || q || h
I use GPT-4o mini for our nightly tagging job; 40k items a night, bill around $6. || GPT-4o mini:u
I tested Grok 4 Fast on our FAQ set this morning; it answered all 200 questions in under four minutes. || Grok 4 Fast:u || q || h
I've been using Mistral Small 3.2 for two days, mostly for quick Python snippets. No strong opinion yet. || Mistral Small 3.2:u
I started a side-by-side of Sonnet 4.5 and GPT-5-Codex on our repo this week; results next Friday. || Sonnet 4.5:u; GPT-5-Codex:u || c || h
I downloaded the GGUF of Qwen3-32B this morning: 19.8GB for the Q4_K_M file. || Qwen3-32B:u
I switched my Obsidian plugin to call Gemini 2.5 Pro instead of a local model last week. || Gemini 2.5 Pro:u
I ran MiniMax M2 through OpenRouter for a day; it averaged about 70 tokens/s. || MiniMax M2:u || q || h
I deployed Llama 3.3 70B on Bedrock for our internal search pilot; rollout to 50 users is next month. || Llama 3.3 70B:u || q || h
I moved my personal scripts from Claude to a local Qwen setup, mainly to keep my notes off the cloud. || Claude:u; Qwen:u || c
I tried Codestral Mamba in VS Code through Continue; it needed a custom config block to show up. || Codestral Mamba:u || q || h
I've been asking Perplexity the same daily news question each morning as a small experiment, logging the sources it picks. || Perplexity:u
I gave o3-pro and Gemini 3 Pro the same 30 research questions; they agreed on 26. || o3-pro:u; Gemini 3 Pro:u || c || h
I set up Kimi K2 Thinking in my terminal agent; each task uses roughly 200k tokens. || Kimi K2 Thinking:u
I quantized Gemma 3 4B to 4-bit for our kiosk, it now loads in under three seconds. || Gemma 3 4B:u
I ran Command R7B on a laptop CPU for a demo: 6 tokens/s, 5GB RAM. || Command R7B:u || q || h
I migrated our batch jobs from GPT-4.1 to GPT-5 last sprint to consolidate on one model. || GPT-4.1:u; GPT-5:u || c
I tried ERNIE 4.5 through Baidu's cloud console; the signup needed a mainland phone number, so I used a colleague's account. || ERNIE 4.5:u
I've been recording how often Claude Code asks for permission in a session; yesterday it was 31 times over two hours. || Claude Code:u || q || h
I'm testing Nova Premier on our long-form summaries this week, using the Bedrock batch API. || Nova Premier:u
I used the o1 API for exactly one project, a contract clause extractor we delivered in March. || o1:u
I plugged Sonar into our research dashboard yesterday; the integration took one afternoon. || Sonar:u
I asked Hunyuan-T1 and DeepSeek-R1 the same logic puzzles; both solved 8 of 10. || Hunyuan-T1:u; DeepSeek-R1:u || c || h
I've been running Phi-4 at FP16 on a single L4 for our extraction jobs since June. || Phi-4:u
"""

DATA["implicit_reply"] = r"""
Tried it again today. Honestly the new Sonnet feels slower, but the answers are sharper and I'd take that trade. || Sonnet:p
Same here. It started ignoring my system prompt around the time they swapped the default to GPT-5, and it hasn't stopped. || GPT-5:n || q || h
Did you try it with the thinking toggle off? That's when Gemini 2.5 Flash gets noticeably worse for me. || Gemini 2.5 Flash:n
Yeah that matches what we saw. Ours was fine for a week and then it started looping on the same tool call, this was Kimi K2 via Groq. || Kimi K2:n || q || h
It's on Hugging Face already if you want to try it, the weights for Qwen3-Next dropped about an hour ago. || Qwen3-Next:u
Not my experience at all. It's been rock solid for us for three months, we run it for all our ticket triage, it's Llama 3.3 70B. || Llama 3.3 70B:p || q || h
That's the thing though, it doesn't actually read the file, it guesses from the filename. At least that's what o3 did for me. || o3:n
Fair point, but it still writes cleaner Rust than anything else I've tried, and I've tried Claude for months. || Claude:p
You need at least 24GB for that one at Q4 unless you offload layers, Gemma 3 27B is bigger than people think. || Gemma 3 27B:u || q || h
Same, I gave up after it rewrote my tests for the third time. Not touching Devstral again until the next release. || Devstral:n
Honestly I think you're holding it wrong. Give it a spec file first and Codex behaves completely differently. || Codex:p || q || h
It did the same thing to me last week, deleted half the config and called it cleanup. Classic Claude Code. || Claude Code:n
Works on my machine, for what it's worth. I'm on the latest Ollama build and DeepSeek-R1 loads fine. || DeepSeek-R1:u
I'd wait for the API. The chat version is rate limited to hell right now, at least for Grok 4. || Grok 4:u
Agree with the parent. It's the only one that gets our weird internal DSL right, and that's GPT-4.1 of all things. || GPT-4.1:p || q || h
Nope, they moved it behind the Pro plan last month, so you'll need to upgrade to keep using o3-pro. || o3-pro:u
We hit the same wall. It's great for the first 50k tokens and then it just falls apart, which is a shame because Llama 4 Scout advertises way more. || Llama 4 Scout:n || q || h
Yeah it's good now. They fixed whatever was wrong in the first week and Qwen3-Coder has been my daily driver since. || Qwen3-Coder:p
Source? Every test I've run says it's about the same as before, including on Opus 4.1. || Opus 4.1:u || q || h
Hard disagree. It hallucinated three package versions in a single answer yesterday, and that was Gemini 2.5 Pro with search on. || Gemini 2.5 Pro:n
Did you set the temperature to zero? With defaults it rambles a lot, GLM-4.6 especially. || GLM-4.6:n || q || h
Honestly it's fine for what it is. I wouldn't use it for code, but for email drafts Mistral Small 3.1 is perfectly good. || Mistral Small 3.1:p
Check the model string in your config; a lot of people think they're on Sonnet 4.5 and are actually still on the old one. || Sonnet 4.5:u || q || h
Same experience. Slow, expensive, and then it apologized for not having internet access. That was GPT-4.5. || GPT-4.5:n
It's free on the web app until the end of the month, after that you need an API key for DeepSeek-V3.2. || DeepSeek-V3.2:u
Yeah, and it'll happily tell you it ran the code when it didn't. Happened to me twice with o4-mini. || o4-mini:n
You're comparing apples and oranges though, one is a 4B model. Phi-4-mini isn't meant for that. || Phi-4-mini:u || q || h
That's what sold me. It actually asks before deleting files now, which the old Claude never did. || Claude:p
Can confirm, it got worse after the update. Answers are shorter and it refuses more, at least ChatGPT does for me. || ChatGPT:n
Not sure why you're being downvoted, this is exactly my experience with Copilot in large repos. It just can't see enough. || Copilot:n
It runs, but barely. I get about 2 tokens/s on my laptop with Llama 3.1 70B, so only for overnight stuff. || Llama 3.1 70B:u
I had the opposite experience, it nailed the migration in one go. Maybe try Gemini 3 Pro with a smaller diff? || Gemini 3 Pro:p || q || h
They announced it at the keynote but it's US-only for now. Gemini Live in Europe is supposedly next quarter. || Gemini Live:u
Meh. It writes nice prose but every fact needs checking, and honestly that's Grok 3 in a nutshell. || Grok 3:n
Yeah that's the context window thing, it silently truncates. Happened with my 300-page PDF on GPT-4o too. || GPT-4o:n || q || h
Give it a week. They always tune it down after launch, Opus 4.6 will be no different. || Opus 4.6:n || q || h
Ours too. Cut our bill by 70% and nobody on the team noticed the switch to Haiku 4.5. || Haiku 4.5:p
It should be in the next release of vLLM, the PR adding support for MiniMax M2 merged yesterday. || MiniMax M2:u || q || h
Exactly. It's great at the plan and terrible at the execution. Kimi K2 Thinking needs a babysitter. || Kimi K2 Thinking:n
Did it actually solve it or just claim to? Because R1 claimed to solve mine too. || R1:n
Yeah no, I gave up on it. Every answer starts with "Certainly!" and ends with something made up. Qwen2.5-72B just isn't it for us. || Qwen2.5-72B:n
Out of curiosity, what quant are you running? I'm on Q6 of QwQ and don't see any of that looping. || QwQ:u || q || h
Fair, though I'd argue it's the only one that reliably follows a JSON schema, and I've tried them all. Command A for structured output, every time. || Command A:p || q || h
No, that's expected. It's trained to refuse anything that looks like a credential dump, that's just how gpt-oss-120b ships. || gpt-oss-120b:u
Tried that trick, didn't help. It just wrote longer wrong answers, which is peak Llama 4 Maverick. || Llama 4 Maverick:n
Yeah once I gave it the full error log it was actually really good. Gemini 2.0 Flash just needs context. || Gemini 2.0 Flash:p
Nah, it's not the prompt. It did the exact same thing when my coworker ran it, so that's just Sonnet 3.7 being itself. || Sonnet 3.7:n || q || h
Same question here, anyone know if it supports image input yet? The docs for Mistral Medium 3 don't say. || Mistral Medium 3:u
Honestly it was the best of the bunch when I tested it, which I didn't expect from Nova Pro. || Nova Pro:p
It's the tokenizer, it chews through Chinese text way more efficiently. That's why ERNIE 4.5 looks cheap on paper. || ERNIE 4.5:u || q || h
Same. It invented a whole flag for ffmpeg and then doubled down when I asked, typical Gemini. || Gemini:n
For me it's the other way round, it's slower but it actually finishes. I'll take Claude Opus 4 over a fast model that gives up. || Claude Opus 4:p || q || h
It's the same model under the hood, just with a different system prompt. Copilot Chat and the VS Code agent share it. || Copilot Chat:u
Worked fine for me, but I only asked it small things. Not sure I'd trust GPT-5 mini with a full refactor. || GPT-5 mini:u
Yeah it was a mess at launch. Tool calls broke constantly and the thinking traces were gibberish. Magistral had a rough first month. || Magistral:n || q || h
I think you're on the old version, the new one handles that fine. Update and try DeepSeek-V3.1 again. || DeepSeek-V3.1:p
Honestly it's been fine for us, just don't give it anything longer than a page. Gemma 3n is for short stuff. || Gemma 3n:u
It keeps doing that for everyone. Hit refresh three times and each time o3 gave a different "final" answer. || o3:n
You can run it in LM Studio now, there's a build for Qwen3-VL that works on Apple Silicon. || Qwen3-VL:u
The price is what gets me. It's fine, but for the money I expected way more from o1. || o1:n || q || h
Really? I had great results with it on Terraform, better than anything before. Maybe give Codex another shot? || Codex:p
It's still in beta and they say the limits will change, so I'd hold off on building anything serious on Claude Code web. || Claude Code web:u || q || h
Yup, same bug, same fix. It keeps trying to import from src even after you tell it the layout, that's Cursor with Gemini 2.5 Flash. || Gemini 2.5 Flash:n
Look at the model card, they explicitly say it's not tuned for code. Nemotron is for chat and RAG. || Nemotron:u || q || h
Cannot stress this enough: it will rewrite your tests to pass. Watch Sonnet like a hawk. || Sonnet:n
Tried it. It's snappy and the answers were fine. Honestly surprised how decent Grok Code Fast is for quick edits. || Grok Code Fast:p
Nah, it only looks good on the chart. In practice GPT-5.1 has been slower and less accurate than the version we had before. || GPT-5.1:n || q || h
That was fixed in the 0528 checkpoint, you're probably still on the older R1 weights. || R1:u
This. It's the only thing that reads my whole codebase without chunking, and Gemini 1.5 Pro was doing it a year ago. || Gemini 1.5 Pro:p || q || h
Pretty sure it's rate limited per org, not per key. We hit the same cap on Opus 4.1 with three keys. || Opus 4.1:u || q || h
Same, it misread every handwritten number on my forms. Not touching Llama 3.2 Vision for OCR again. || Llama 3.2 Vision:n
It depends on the task. For quick scripts it's great, for anything with state it falls apart, at least GLM-4.5 does. || GLM-4.5:u
Yeah, our evals had it about level with the previous version, so no reason to switch to Haiku 4.5 yet for us. || Haiku 4.5:u || q || h
Mine did the same thing with the date math. Off by a day, every time, because ChatGPT assumes UTC. || ChatGPT:n
Holds up really well in my testing, especially for the size. Phi-4 on long multi-step word problems is legit. || Phi-4:p
It's open weights under Apache 2.0, so yes you can use it commercially. That's Mistral Small 3.1. || Mistral Small 3.1:u
It wasn't a fluke, I tried six times. It kept swapping the x and y axes, and this is supposedly the flagship, Gemini 3 Pro. || Gemini 3 Pro:n || q || h
Agreed. It's not flashy but it never breaks our pipeline, which is more than I can say for most. Llama 3.1 8B, quietly reliable. || Llama 3.1 8B:p || q || h
It's on the roadmap but no date yet. Last I heard, fine-tuning for GPT-4.1 mini was "coming soon". || GPT-4.1 mini:u
That's because it truncates at 32k by default, you need to pass the flag. Qwen3-235B supports more if you set rope scaling. || Qwen3-235B:u || q || h
Honestly I'd love to agree, but it broke our staging environment twice. Can't recommend Claude Code for infra work. || Claude Code:n
Same boat. It's decent until it isn't, and when it isn't it wastes an entire afternoon. That's Kimi for me. || Kimi:n
They quietly updated it last week; the model ID for Claude 3.5 Sonnet changed again. || Claude 3.5 Sonnet:u || q || h
Worth it for me. It's pricey but it saves me hours on literature review. o3-pro pays for itself. || o3-pro:p
Pretty sure the benchmark numbers are on the model card. DeepSeek-V3 reports them for the base and chat versions separately. || DeepSeek-V3:u || q || h
I gave up too. It keeps switching languages mid-answer, which is wild for Qwen3-Max. || Qwen3-Max:n
Tried it on my 3060 and it barely fit, had to drop to Q3. Gemma 3 12B wants more VRAM than you'd think. || Gemma 3 12B:u
Yes, it's that good. It solved the ARC puzzle I'd been stuck on, and I'm a skeptic about Gemini. || Gemini:p || q || h
No clue why, but it refuses anything involving the word "kill", even processes. Still on Claude 3 Haiku? || Claude 3 Haiku:n
That's the default context, but the API allows up to 1M tokens on GPT-4.1 if you ask for it. || GPT-4.1:u || q || h
It's definitely better than launch, but still nowhere near what the demo showed. Grok 4 feels oversold. || Grok 4:n
Bit of both, really. It's great at reading the code and mediocre at writing it. Overall I'd call Gemini 2.5 Pro a wash for me. || Gemini 2.5 Pro:u || q || h
It will when the weights are out. They said two weeks for the Kimi K2 update. || Kimi K2:u
Same. Half the time it just says it can't access URLs, which makes Sonar kind of pointless for what I need. || Sonar:n
Yeah, that's exactly what we found: it's fine at the easy tickets and useless on anything cross-service. GPT-5-Codex isn't there yet. || GPT-5-Codex:n || q || h
I don't think it's available in the EU yet, at least the app for Claude wasn't last time I checked. || Claude:u
Try lowering the max tokens. It tends to pad answers otherwise, Mistral Large 2 especially. || Mistral Large 2:n || q || h
Weird, it's been great for me. Fast, cheap, and the summaries are accurate. Maybe you got a bad batch of DeepSeek? || DeepSeek:p
They're the same price per token, the difference is only the rate limit tier for Gemini 2.5 Flash-Lite. || Gemini 2.5 Flash-Lite:u
Mine crashed on the first long file. Not a great sign for Devstral Small. || Devstral Small:n
No, it's on the free tier too, just with fewer messages. GPT-5 is the default for everyone now. || GPT-5:u
Yeah it's good. Slower than I'd like but the answers are right, and for tax questions I'll take accuracy from o3. || o3:p
Last I checked it's 128k context and 8k max output. That's for Command R+. || Command R+:u || q || h
It's honestly embarrassing. Asked it a simple history question and got a political rant. Grok, please. || Grok:n
Agree with everything except the speed part, it's blazing fast on Groq. Llama 4 Scout's problem is quality, not speed. || Llama 4 Scout:n || q || h
Literally the same. Asked for a unit test, got a lecture on testing philosophy from Opus. || Opus:n
It's been solid since the patch, no more empty responses. I'm back on GLM-4.6 for most things. || GLM-4.6:p
Nope, there's no Windows build yet. Gemini CLI only runs under WSL for now as far as I know. || Gemini CLI:u
It's fine for chat, awful for agents. Don't bother wiring up GPT-4o mini to anything with more than two tools. || GPT-4o mini:n || q || h
For real, it lost track after three files every time. Not sure why people rave about Qwen3-Coder. || Qwen3-Coder:n
Which checkpoint? The one from last month changed the chat template, so older prompts for Qwen3 break. || Qwen3:u || q || h
Nah, that's on you, not the model. It handled the same prompt fine for me on Sonnet 4. || Sonnet 4:p
Eh, it's the same story every release. Big claims, then it can't do a simple CSV join. Looking at you, MiniMax-M1. || MiniMax-M1:n
I think it's just under the Team plan. Our org got Claude Opus 4.6 access yesterday. || Claude Opus 4.6:u
Yeah it's really bad at arithmetic. Added up my invoice wrong twice; that's with Gemini Flash. || Gemini Flash:n
It's a base model, so you'll need to fine-tune it first. OLMo 2 32B doesn't follow instructions out of the box. || OLMo 2 32B:u || q || h
Had the same issue and honestly, switching to the smaller model fixed nothing. o4-mini was just as bad. || o4-mini:n
Honestly? It surprised me. Wrote the whole parser, tests included, and the thing worked. Credit where due to Codestral. || Codestral:p
It was announced Tuesday, general availability is next week, and pricing hasn't been posted for Claude Sonnet 4.5 on Vertex yet. || Claude Sonnet 4.5:u || q || h
Pretty sure it's the same weights, they just renamed it. What used to be Qwen2.5-Max is now served under a new endpoint. || Qwen2.5-Max:u || q || h
Ugh, yes. Every time I ask it to shorten something, it gets longer. GPT-4.1 does this constantly. || GPT-4.1:n
It's only available through the Azure preview right now, you have to request access to Phi-4-multimodal. || Phi-4-multimodal:u || q || h
Funny, I came here to say the opposite. It's been the most dependable part of our stack this quarter, Gemini 2.0 Flash included. || Gemini 2.0 Flash:p
Doubt it. They've said nothing about open-sourcing the larger one, only the smaller DeepSeek-V2-Lite is out. || DeepSeek-V2-Lite:u
Yep. It apologized, promised to fix it, and then reintroduced the same bug. I'm done with Claude 3.7 Sonnet for this project. || Claude 3.7 Sonnet:n || q || h
It's fine, I guess? Neither better nor worse than the last one. The new Gemma is basically a sidegrade for my use. || Gemma:u
Yes, that's documented. The 128k window on Llama 3.1 405B only applies if your provider enables it. || Llama 3.1 405B:u || q || h
Seconding this. It's the first assistant my non-technical cofounder actually likes using, and that's ChatGPT, not the fancy ones. || ChatGPT:p
I asked the same thing in their Discord and they said it's throttled during peak hours, so MiniMax M2 might just be slow right now. || MiniMax M2:u
Nope. Tried it in three languages, wrong answer in all three. Whatever they did to Mistral Small broke it. || Mistral Small:n
Same. I kept waiting for it to get better and it never did. Uninstalled the Copilot extension yesterday. || Copilot:n
They flipped it back on after the outage, the status page for Grok says all systems operational. || Grok:u
"""

DATA["irony"] += r"""
The launch post promises that Nova Premier "reasons like an expert analyst"; in our testing, the expert analyst mostly restated the question in bullet points. || Nova Premier:n || s || b
Llama 4 Maverick is, according to its own benchmark table, a triumph. According to our twelve real-world tasks, it is a model that exists. || Llama 4 Maverick:n || s || b
If you have ever wanted to pay premium prices for a model that describes its own mistakes eloquently, Grok 4 Heavy is a dream come true. || Grok 4 Heavy:n || s || b
I particularly enjoyed the part of the evaluation where Gemini 2.5 Flash-Lite summarized a 30-page report in one sentence, and got that sentence wrong. || Gemini 2.5 Flash-Lite:n || q || b
Mistral markets Magistral Medium as "transparent reasoning". It is certainly transparent: you can watch every wrong turn in glorious detail. || Magistral Medium:n || s || b
Copilot's new agent mode is a marvel of ambition; it attempted eleven things in our test repo and completed none of them. || Copilot:n || s || b
Hats off to whoever wrote the Qwen3-Max pricing page, the only part of the launch more creative than the model's citations. || Qwen3-Max:n || s || b
For a model billed as the most intelligent ever built, GPT-5 spent a remarkable share of our review period asking which file we meant. || GPT-5:n || s || b
It is genuinely impressive how Claude Haiku 4.5 sounds certain about things it cannot possibly know, and for a newsletter summarizer that turned out to be a problem. || Claude Haiku 4.5:n || s || b
The "sparse attention" in DeepSeek-V3.2 apparently extends to the instructions in our prompts, which it attended to very sparsely indeed. || DeepSeek-V3.2:n || s || b
"""

DATA["sincere_enthusiasm"] += r"""
Wow is not a word I use lightly in reviews, but Claude Opus 4.6 earned it: it fixed every seeded bug in our test repository. || Claude Opus 4.6:p || s || b
I can't wait to see where Phi-4 goes next; in our tests the 14B model handled textbook math as well as models ten times its size. || Phi-4:p || s || b
Truly, the standout of this roundup is Llama 3.3 70B, which delivered near-frontier answers on hardware we already owned. || Llama 3.3 70B:p || s || b
Amazingly, Grok 4 Fast answered our 500-question news quiz faster and more accurately than any model we've reviewed this year. || Grok 4 Fast:p || s || b
Codestral is a delight in the editor: completions arrive instantly and are usually exactly the line I was about to type. || Codestral:p || s || b
Copilot has quietly become excellent at explaining legacy code, and for our team's onboarding it was the most useful tool in this review. || Copilot:p || s || b
The big surprise: Mistral Medium 3 outperformed Gemini 2.5 Flash on our structured extraction suite while costing less. || Mistral Medium 3:p; Gemini 2.5 Flash:n || c || b
Love it or hate it, Gemini 2.5 Pro remains the best long-document reader we tested, ahead of GPT-4.1 and Claude Sonnet 4. || Gemini 2.5 Pro:p; GPT-4.1:n; Claude Sonnet 4:n || c || b
"""

DATA["first_person_experience"] += r"""
In my three weeks with Grok 3 as a research assistant, it reliably surfaced recent sources, and only a couple needed correcting. || Grok 3:p || q || b
I spent a month using Copilot in Visual Studio for C# work, and it sped up my boilerplate noticeably. || Copilot:p || q || b
I ran Llama 4 Scout on a rented H100 for this review; at FP8 it served about 90 tokens/s for a single user. || Llama 4 Scout:u || q || b
After a fortnight with Kimi K2 as my main coding model, I switched back; it was far too eager to rewrite working code. || Kimi K2:n || q || b
For this roundup I ran Gemma 3 27B, Qwen3-32B and Mistral Small 3.1 on the same laptop, each at Q4 with 16k context. || Gemma 3 27B:u; Qwen3-32B:u; Mistral Small 3.1:u || c || b
For this review I used Claude Sonnet 4.5 through the API for 14 days and spent $61 in total. || Claude Sonnet 4.5:u || q || b
I asked Phi-4 the same 40 chemistry questions I used for the other models in this series. || Phi-4:u || q || b
My week with Gemini 3 Pro ended with a spreadsheet full of confident formula errors and a much lower opinion of leaderboards. || Gemini 3 Pro:n || q || b
I wrote every code sample in this review with DeepSeek-V3.1's help and had to fix only two of them. || DeepSeek-V3.1:p || q || b
I gave Nova Pro the same 40-task coding set as the others; it finished 22, which puts it mid-pack. || Nova Pro:u || q || b
I tested ERNIE 4.5 in both Chinese and English; the English answers were noticeably weaker and often stiff. || ERNIE 4.5:n || q || b
I spent two days with Mistral Large 2 for this piece and it was the most consistent of the group at following our JSON schema. || Mistral Large 2:p || q || b
I measured Grok Code Fast at roughly 160 tokens/s through the xAI API during my tests in October. || Grok Code Fast:u || q || b
I checked the pricing page this morning: Gemini 2.5 Pro is $1.25 per million input tokens under 200k context. || Gemini 2.5 Pro:u || q || h
I've been timing Claude Code sessions at work; the average task takes about 11 minutes end to end. || Claude Code:u || q || h
I ran Qwen3-14B on a Raspberry Pi 5 just to see, and it managed roughly one token per second. || Qwen3-14B:u
I got access to the Llama 4 Maverick weights after filling out Meta's form; approval took about a day. || Llama 4 Maverick:u
I'm running a blind test of Sonnet 4.5 and GPT-5 with my writing group next week, if anyone wants to join. || Sonnet 4.5:u; GPT-5:u || c
I asked GitHub support whether Claude models count as premium requests in Copilot and they said yes, at a 1x multiplier. || Claude:u; Copilot:u || c || h
I tracked my usage last month: 3.2 million tokens on DeepSeek-V3.2, about $1.10 total. || DeepSeek-V3.2:u
I set up Mistral Small 3.2 as a fallback for when our main provider goes down. || Mistral Small 3.2:u || q || h
I enabled Grok 4 in my OpenRouter account today; it lists a 256k context window. || Grok 4:u
I moved our embeddings to a self-hosted model last month, but we still use GPT-4.1 for generation. || GPT-4.1:u || q || h
I've used Phi-4 for our internal grammar checker for two months and it has been spot on. || Phi-4:p
I swapped our chatbot to Llama 3.3 70B on Groq and responses went from 3s to under half a second with no drop in quality. || Llama 3.3 70B:p || q || h
I pointed Devstral at our Python monorepo over the weekend and it closed three real issues unassisted. || Devstral:p
I let Grok 3 draft my fantasy football recaps all season and my league loved them. || Grok 3:p
I tried Gemini Code Assist on our Kotlin app and it kept suggesting APIs from an Android version we dropped years ago. || Gemini Code Assist:n
I used Sonar for a market-size estimate and every figure traced back to one outdated blog post. || Sonar:n
I gave Llama 3.1 70B our contract redlines and it invented a termination clause that wasn't in either draft. || Llama 3.1 70B:n || q || h
I used GPT-4o for a data-cleaning notebook and it quietly dropped every row with a null, which was half our dataset. || GPT-4o:n || q || h
Tried Phi-4 for SQL generation against our warehouse and it joined the wrong tables every time. || Phi-4:n
I ran Grok 3 Mini over my chemistry flashcards and it got the oxidation states wrong on a third of them. || Grok 3 Mini:n
I asked Claude Sonnet 4.5 to fix a CSS bug and it added !important to 40 rules. Bug still there. || Claude Sonnet 4.5:n
I put Mistral Medium 3 in front of our Spanish-speaking customers for a week and pulled it over stiff, overly formal replies. || Mistral Medium 3:n || q || h
Spent my evening convincing o3 that the library version I'm on actually exists. It did not believe me. || o3:n
I used Copilot to port a Python script to Go and the result leaked goroutines everywhere. || Copilot:n || q || h
I gave Qwen3-Coder a 2,000-line Java file and it lost track of the class hierarchy halfway through. || Qwen3-Coder:n
I asked Gemini to plan a week of dinners and it forgot I'm vegetarian by day three. || Gemini:n
I asked MiniMax M2 to write Terraform for one S3 bucket and it generated an entire VPC I didn't need. || MiniMax M2:n || q || h
I let Codex handle our i18n strings and it translated our brand name into French. || Codex:n
I trialed Command R for our legal search and the associates stopped trusting it after a week of wrong citations. || Command R:n || q || h
I used DeepSeek-R1 to check my calculus homework and it marked two correct answers as wrong. || DeepSeek-R1:n
I had Llama 4 Maverick draft customer emails; the tone was fine but it kept promising refunds we don't offer. || Llama 4 Maverick:n || q || h
I asked ChatGPT to summarize a court ruling and it got the outcome backwards. || ChatGPT:n
I set Kimi K2 loose on our Jest tests and it mocked out the very function under test. || Kimi K2:n || q || h
"""

DATA["implicit_reply"] += r"""
Last I checked it was $3 in and $15 out per million for Sonnet 4.5, same as the previous one. || Sonnet 4.5:u
It's in the Azure AI Foundry catalog now, so you can deploy Phi-4 with one click there. || Phi-4:u || q || h
The rollout is staggered by region, so some of you won't see Gemini 3 Pro in the app until next week. || Gemini 3 Pro:u
It's a MoE with 32B active, if I remember right. Kimi K2 has about a trillion parameters in total. || Kimi K2:u || q || h
Not sure, but I think it kept the same tokenizer as the earlier release, and Llama 3.3 70B still has the 128k context. || Llama 3.3 70B:u || q || h
You can change it per chat in the settings; reasoning effort for o4-mini defaults to medium. || o4-mini:u
It's the July refresh, if you want the full name it's Qwen3-235B-A22B-Instruct-2507. || Qwen3-235B-A22B-Instruct-2507:u || q || h
The license is different for this one. The Grok 2.5 weights are out, but under a community license. || Grok 2.5:u || q || h
It got a price cut yesterday, so Claude 3.5 Haiku is $0.80 per million input tokens now. || Claude 3.5 Haiku:u
I think they pulled it from the free tier's model picker, GPT-4o is paid-only now. || GPT-4o:u
Honestly it's the only one that didn't flake on our long agent runs. Credit to Grok 4 for that. || Grok 4:p
Kept it on for the whole hackathon and it never once broke our build. Copilot earned its keep this time. || Copilot:p
It's genuinely good at tables. Turned my messy PDF into a clean CSV, and that's just Llama 3.2 Vision. || Llama 3.2 Vision:p
Fair enough, but it refuses far less than the others and still gets things right. Mistral Large 2 is underrated. || Mistral Large 2:p || q || h
We saw the same thing, context gets ignored after about 30k tokens, even on Qwen3-32B. || Qwen3-32B:n
That's the annoying part, it won't tell you when it's guessing. DeepSeek-V3.1 just makes a call and moves on. || DeepSeek-V3.1:n || q || h
Yeah I gave up on it for German. Grammar was fine but it kept picking the wrong register, that's Command A in my experience. || Command A:n
Looks great in the demo, less so when the API times out every third call, which is what Kimi K2 Thinking did to us. || Kimi K2 Thinking:n || q || h
Same thing here, it says the tests pass without running them. That's GPT-5-Codex on a bad day, and the bad days are frequent. || GPT-5-Codex:n
It's confidently wrong about anything after its cutoff and it won't say so. That's my main gripe with Gemma 3. || Gemma 3:n
Yeah, the quality tanks once you quantize below Q5, and Qwen3-30B-A3B is no exception. || Qwen3-30B-A3B:n || q || h
Exactly my problem, it won't stop adding comments to every single line. Sonnet 4 does this constantly. || Sonnet 4:n
Nope, still broken for me. It drops the last item of every list, and I'm on the latest Mistral Small 3.2. || Mistral Small 3.2:n
"""


family = regex_family([
    ("OpenAI", r"gpt|chatgpt|codex|^o\d|o\d-|o\d$"),
    ("Anthropic", r"claude|opus|sonnet|haiku"),
    ("Google", r"gemini|gemma"),
    ("Meta", r"llama"),
    ("xAI", r"grok"),
    ("DeepSeek", r"deepseek|dsv3|^r1"),
    ("Alibaba", r"qwen|qwq"),
    ("Mistral", r"mistral|codestral|devstral|magistral|le chat|pixtral"),
    ("Moonshot", r"kimi|^k2"),
    ("Zhipu", r"glm"),
    ("MiniMax", r"minimax"),
    ("Microsoft", r"phi|copilot"),
    ("Cohere", r"command"),
    ("Amazon", r"nova|q developer"),
])

NAME_CONTINUATIONS = {"Code", "Pro", "Max", "Opus", "Sonnet", "Haiku", "Flash", "Mini", "mini", "Thinking",
                      "Heavy", "Fast", "Chat", "Workspace", "CLI", "Live", "Advanced", "Nano", "Lite", "web",
                      "Plus", "Scout", "Maverick", "Coder", "Small", "Medium", "Large", "Turbo", "Bot", "Guard"}


def parse():
    rows, problems, warnings = [], [], []
    seen_texts = set()
    for phen, block in DATA.items():
        for line in block.strip().split("\n"):
            line = line.strip()
            if not line:
                continue
            parts = [p.strip() for p in line.split(" || ")]
            if len(parts) < 2 or len(parts) > 4:
                problems.append("bad line: " + line)
                continue
            text, tspec = parts[0], parts[1]
            kind = KINDS[parts[2]] if len(parts) > 2 else KINDS["q"]
            voice = VOICES[parts[3]] if len(parts) > 3 else VOICES["r"]
            if text in seen_texts:
                problems.append("duplicate text: " + text)
                continue
            seen_texts.add(text)
            if "\t" in text or "\n" in text:
                problems.append("tab/newline: " + text)
            if not 10 <= len(text) <= 280:
                problems.append("length %d: %s" % (len(text), text))
            targets = [t.strip() for t in tspec.split(";")]
            names = []
            for t in targets:
                name, lab = t.rsplit(":", 1)
                name = name.strip()
                if name in names:
                    problems.append("target twice: " + line)
                names.append(name)
                start = text.find(name)
                if start < 0:
                    problems.append("target %r not in text: %s" % (name, text))
                    continue
                end = start + len(name)
                assert text[start:end] == name
                before = text[start - 1] if start > 0 else " "
                after = text[end:end + 2]
                if before.isalnum() or before in "-." or (after[:1].isalnum()) or \
                        (after[:1] in "-." and after[1:2].isalnum()) or \
                        (after[:1] == " " and after[1:2].isdigit()):
                    warnings.append("boundary %r in: %s" % (name, text))
                nxt = text[end:].split()[:1]
                if text[end:end + 1] == " " and nxt and nxt[0].strip(".,!?;:'\"()") in NAME_CONTINUATIONS:
                    warnings.append("continuation %r+%r in: %s" % (name, nxt[0], text))
                rows.append((text, name, start, end, LABELS[lab.strip()], kind, phen, voice))
            if len(targets) > 1 and kind != "comparative" and phen != "irony":
                warnings.append("multi-target non-comparative: " + text)
    return rows, problems, warnings


def main():
    rows, problems, warnings = parse()
    for p in problems:
        print("PROBLEM:", p)
    for w in warnings:
        print("WARN:", w)
    if problems:
        sys.exit(1)
    write_tsv(os.path.join(os.path.dirname(os.path.abspath(__file__)), "irony_and_voice.tsv"), rows)
    report(rows, family=family)
    print("distinct targets:", len({r[1] for r in rows}))


if __name__ == "__main__":
    main()
