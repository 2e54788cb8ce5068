"""Generator for benchmark_writeups.tsv (ai-model-sentiment training data).

Comparisons written in the style of benchmark write-ups, leaderboard reports, eval blog posts, ranking news,
price/performance tables and reader comments under them. Every text below was written by hand for this file;
scores, prices and dates are invented. Each entry is one text naming one or more models; each "Target:label"
pair becomes one TSV row (p = positive, n = negative, u = neutral). Offsets are computed here.
Run: python3 benchmark_writeups_rows.py  (writes benchmark_writeups.tsv beside this script)
"""
import os

from rowtools import VOICES, entry_rows, regex_family, report, write_tsv

ENTRIES = []
PH = None


def r(voice, text, *pairs, q=False, s=False):
    kind = "quoted_comment" if q else ("sentence" if s else "comparative")
    ENTRIES.append((PH, VOICES[voice], kind, text, [tuple(x.rsplit(":", 1)) for x in pairs]))


# ---------------------------------------------------------------- benchmark_numbers
PH = "benchmark_numbers"
r("bm", "Claude Opus 4.5 resolved 74.1% of SWE-bench Verified tasks in our harness, against 66.8% for Gemini 2.5 Pro.",
  "Claude Opus 4.5:p", "Gemini 2.5 Pro:n")
r("nw", "On GPQA Diamond, Grok 4 posted 86.4 percent, while GPT-4.1 managed only 66.3.", "Grok 4:p", "GPT-4.1:n")
r("bm", "Hallucination rate on our closed-book set, lower is better: Qwen3-235B at 18.9%, Llama 3.3 70B at 31.2%. Not a subtle gap.",
  "Qwen3-235B:p", "Llama 3.3 70B:n")
r("rd", "deepseek v3.2 does 61 on livecodebench and mistral medium 3 does 44, idk why anyone still pays mistral for code",
  "deepseek v3.2:p", "mistral medium 3:n", q=True)
r("hn", "Time to first token in eu-west: 0.4s for Gemini 2.5 Flash, 2.1s for o4-mini. For anything interactive that settles it.",
  "Gemini 2.5 Flash:p", "o4-mini:n")
r("bm", "On AIME 2025 without tools, Phi-4-reasoning scored 62.9, comfortably clear of the 50.0 posted by the far larger Llama 3.1 405B.",
  "Phi-4-reasoning:p", "Llama 3.1 405B:n")
r("nw", "Mistral puts Magistral Medium at 73.6% on AIME 2024, a figure that still trails the 79.8% DeepSeek reported for R1 on the same test.",
  "Magistral Medium:n", "R1:p")
r("rd", "gemma 3 27b gets 67 on mmlu-pro, qwen3-32b gets 77. not really a fair fight", "gemma 3 27b:n", "qwen3-32b:p", q=True)
r("bm", "Across 2,000 function calls, Claude Sonnet 4.5 produced malformed arguments 3.2% of the time; Grok 4 Fast did so 9.7% of the time.",
  "Claude Sonnet 4.5:p", "Grok 4 Fast:n")
r("hn", "Codex closed 58 of our 80 migration tickets unattended and Claude Code closed 49. Nine tickets is real money at our scale.",
  "Codex:p", "Claude Code:n")
r("bm", "The lab's own table lists SWE-bench Verified scores of 80.0% for GPT-5.2 and 76.2% for Gemini 3 Pro; no independent run exists yet.",
  "GPT-5.2:u", "Gemini 3 Pro:u")
r("bm", "BFCL v3 overall: Qwen3-32B 70.3, Llama 4 Maverick 58.1, with Maverick's multi-turn column dragging it down hardest.",
  "Qwen3-32B:p", "Llama 4 Maverick:n")
r("nw", "In the agentic browsing portion of the study, Amazon's Nova Premier completed 42 percent of tasks, behind Claude Sonnet 4 at 51 percent.",
  "Nova Premier:n", "Claude Sonnet 4:p")
r("bl", "Our RAG faithfulness metric came out at 0.91 for Command A and 0.84 for GPT-4o; Cohere's model stuck closer to the source documents in almost every category.",
  "Command A:p", "GPT-4o:n")
r("bm", "ARC-AGI-2 semi-private: o3 on high effort sat at 6.5%, Grok 4 at 16%. Released four months apart, and the newer one nearly triples the score.",
  "o3:n", "Grok 4:p")
r("hn", "GLM-4.6 went 68 on our internal React set, DeepSeek V3.1 went 59. For frontend work we switched the next morning.",
  "GLM-4.6:p", "DeepSeek V3.1:n")
r("bm", "EXAONE 4.0 32B lands at 85.3 on AIME 2025 in our rerun, well above the 72.9 we measured for Qwen3-32B with thinking enabled.",
  "EXAONE 4.0 32B:p", "Qwen3-32B:n")
r("bl", "GPT-4o transcribed our accented-speech set with an 11.4% word error rate; Gemini 2.5 Pro got the same audio down to 7.8%.",
  "GPT-4o:n", "Gemini 2.5 Pro:p")
r("hn", "Sonnet 4 needs a median 14 minutes per migration task in our logs; Gemini 2.5 Pro needs 22 and still fails more of them.",
  "Sonnet 4:p", "Gemini 2.5 Pro:n")
r("bm", "SimpleQA accuracy: GPT-4.5 at 62.5%, GPT-4o at 38.2%. Whatever else you think of 4.5, it simply knows more facts.",
  "GPT-4.5:p", "GPT-4o:n")
r("rd", "lol grok 3 mini at 34% on my regex test set vs gpt-4.1 mini at 58%", "grok 3 mini:n", "gpt-4.1 mini:p", q=True)
r("bm", "On tau2-bench telecom, GLM-4.5 scored 40.4 and Kimi K2 scored 65.8. Both ship open weights; only one copes with the dual-control setup.",
  "GLM-4.5:n", "Kimi K2:p")
r("bl", "Over 300 scanned receipts, Mistral Small 3.2 pulled out the correct total 96% of the time, against 89% for Phi-4-multimodal.",
  "Mistral Small 3.2:p", "Phi-4-multimodal:n")
r("hn", "Everyone quotes the 80% SWE-bench figure for Opus 4.6, but on our Rails monolith it lands at 52%, below GPT-5.4's 57%.",
  "Opus 4.6:n", "GPT-5.4:p")
r("rd", "r1 distill qwen 32b gets 72 on aime and the o1-mini i pay for gets 63. free 32b model beating a paid one is funny to me",
  "r1 distill qwen 32b:p", "o1-mini:n", q=True)
r("nw", "According to the startup's benchmark sheet, MiniMax-M1 reaches 56 on SWE-bench Verified, just under DeepSeek-R1-0528 at 57.6; neither figure has been checked by outside labs.",
  "MiniMax-M1:u", "DeepSeek-R1-0528:u")
r("bm", "Tokens per second on a single H100 at batch 1: gpt-oss-20b 212, Qwen3-30B-A3B 188. Close enough that quality should decide, not speed.",
  "gpt-oss-20b:u", "Qwen3-30B-A3B:u")
r("hn", "Our p95 latency for Haiku 4.5 is 1.8 seconds; for Gemini 2.5 Flash-Lite it is 0.9. Haiku is smarter, but we needed the faster one.",
  "Haiku 4.5:n", "Gemini 2.5 Flash-Lite:p")
r("bm", "Nemotron Nano 9B v2 hit 63 on LiveCodeBench v5 in our run versus 58 for Qwen3-8B, at roughly the same memory footprint.",
  "Nemotron Nano 9B v2:p", "Qwen3-8B:n")
r("nw", "Baidu reported 79.6 on a Chinese reading benchmark for ERNIE X1.1, ahead of the 77.2 it listed for DeepSeek-R1.",
  "ERNIE X1.1:p", "DeepSeek-R1:n")
r("rd", "ran humaneval+ on codestral 25.08 and qwen2.5-coder 32b, 84 vs 87. qwen still king for local fim imo",
  "codestral 25.08:n", "qwen2.5-coder 32b:p", q=True)
r("bm", "Refusal rate on our benign-but-edgy prompt set: Claude 3.7 Sonnet 4.1%, Gemini 2.0 Flash 14.6%. Flash says no to a lot of harmless things.",
  "Claude 3.7 Sonnet:p", "Gemini 2.0 Flash:n")
r("hn", "Over plain o3, o3-pro gained 2 points on our math set and took 4 min 10 s per answer to do it. Two points is not worth waiting that long.",
  "o3:p", "o3-pro:n")
r("bl", "On our translation suite, Hunyuan-MT 7B scored a 31.8 BLEU on English to Chinese, higher than the 29.5 we got from GPT-4.1 mini, which surprised everyone on the team.",
  "Hunyuan-MT 7B:p", "GPT-4.1 mini:n")
r("bm", "Granite 3.3 8B reached 61% on our ticket-routing set; OLMo 2 7B reached 60%. Both are usable, neither is remarkable.",
  "Granite 3.3 8B:u", "OLMo 2 7B:u")
r("rd", "moonshot's own chart has k2 thinking over gpt-5 on HLE with tools by about three points. an open weights model sitting on top of that chart, what a year",
  "k2 thinking:p", "gpt-5:n", q=True)
r("nw", "In Stanford-style medical QA, Gemini 3 Pro answered 91.2% correctly and GPT-5.1 88.7%, a lead the testers called small but consistent.",
  "Gemini 3 Pro:p", "GPT-5.1:n")
r("bm", "Step-3 posts 73 on MMMU in our rerun; Llama 4 Scout posts 69. Step-3 wins the vision column, but only just.",
  "Step-3:p", "Llama 4 Scout:n")
r("hn", "We measured 11% hallucinated citations from Sonar Pro and 4% from Gemini 2.5 Pro with grounding on. That ended the Perplexity trial.",
  "Sonar Pro:n", "Gemini 2.5 Pro:p")
r("bm", "Jamba 1.6 Large kept 88% recall at 256K on RULER, where Command R+ was already at 71% by 128K.",
  "Jamba 1.6 Large:p", "Command R+:n")
r("rd", "claude 3.5 haiku 40% on my sql set. gpt-4o-mini 46%. for 4x the price haiku should at least tie",
  "claude 3.5 haiku:n", "gpt-4o-mini:p", q=True)
r("bl", "Our Python test-generation suite put Devstral Medium at 61% passing and GPT-4.1 at 63%: a two-point gap we would call noise.",
  "Devstral Medium:u", "GPT-4.1:u")
r("bm", "MathArena's November round scored Grok 4.1 Fast at 71% and Gemini 2.5 Flash at 48%, a 23-point margin for xAI's cheaper tier.",
  "Grok 4.1 Fast:p", "Gemini 2.5 Flash:n")
r("nw", "The report shows Claude Opus 4.1 failing 38% of the spreadsheet tasks, compared with 27% for GPT-5.",
  "Claude Opus 4.1:n", "GPT-5:p")
r("hn", "FWIW on our internal eval GPT-5 mini scored 71 and Gemini 2.5 Flash 70. Call it a draw; pick on price.",
  "GPT-5 mini:u", "Gemini 2.5 Flash:u")
r("bm", "IFEval strict: Llama 3.1 8B 80.4, Gemma 2 9B 74.0. The older Meta model remains the better instruction follower at this size.",
  "Llama 3.1 8B:p", "Gemma 2 9B:n")

# ---------------------------------------------------------------- leaderboard
PH = "leaderboard"
r("nw", "Gemini 3 Pro took first place on LMArena's text leaderboard on Tuesday, displacing Claude Opus 4.1 from a spot it had held since August.",
  "Gemini 3 Pro:p", "Claude Opus 4.1:n")
r("bm", "This month's open-weights board: Kimi K2 Thinking first, GLM-4.6 second, and Qwen3-235B sliding to fifth after two months on the podium.",
  "Kimi K2 Thinking:p", "GLM-4.6:p", "Qwen3-235B:n")
r("nw", "LMArena added Mistral Medium 3.1 and Nova Pro to its vision board this week; the organisers say both ratings will move until more votes come in.",
  "Mistral Medium 3.1:u", "Nova Pro:u")
r("rd", "grok 4.1 at #2 on lmarena, trailing only gemini 3 pro. was not expecting that at all", "grok 4.1:p", "gemini 3 pro:p", q=True)
r("hn", "The Artificial Analysis index has DeepSeek V3.2 sitting a few points under GPT-5 (high) while costing a sliver of it. Hard to argue with.",
  "DeepSeek V3.2:p", "GPT-5 (high):n")
r("bm", "WebDev Arena standings after the update: Claude Opus 4.5 holds first by 40 Elo, GPT-5.1 is second, and Gemini 2.5 Pro has dropped to seventh.",
  "Claude Opus 4.5:p", "GPT-5.1:p", "Gemini 2.5 Pro:n")
r("nw", "Meta's Llama 4 Maverick fell from second to thirty-second on LMArena once the public release replaced the experimental chat version that had been tested.",
  "Llama 4 Maverick:n")
r("rd", "lmarena is a vibes contest. gpt-4o sitting above o3 on that board for months told you everything", "gpt-4o:n", "o3:p", q=True)
r("bm", "On the Aider polyglot leaderboard, GPT-5 (high) now tops the table at 88%, with o3-pro at 84.9% behind it and Claude Opus 4 a distant 72%.",
  "GPT-5 (high):p", "o3-pro:u", "Claude Opus 4:n")
r("nw", "Qwen3-Max entered the Chinese-language leaderboard at third, behind Doubao-Seed-1.6 and ERNIE 4.5 Turbo.",
  "Qwen3-Max:u", "Doubao-Seed-1.6:u", "ERNIE 4.5 Turbo:u")
r("hn", "Funny how Gemma 3 27B outranks Llama 3.3 70B on the arena board with under half the weights. Say what you want about arena, that's a real result.",
  "Gemma 3 27B:p", "Llama 3.3 70B:n")
r("bm", "SWE-bench Verified leaderboard, bash-only track: Claude Sonnet 4.5 at 70.6, GPT-5 at 65.0, Kimi K2 at 43.8. Same scaffold for every entry.",
  "Claude Sonnet 4.5:u", "GPT-5:u", "Kimi K2:u")
r("rd", "minimax m2 jumped to #1 open model on the AA index and two weeks later nobody talks about it, the leaderboard hype cycle is brutal",
  "minimax m2:p", q=True, s=True)
r("nw", "The Vending-Bench 2 rankings put Claude Opus 4.5 ahead of Gemini 3 Pro in average net worth, reversing the order from the previous run.",
  "Claude Opus 4.5:p", "Gemini 3 Pro:n")
r("bm", "Among sub-10B models on the Open LLM board, Phi-4-mini slipped to ninth this week, overtaken by both Qwen3-4B and Granite 4.0 Micro.",
  "Phi-4-mini:n", "Qwen3-4B:p", "Granite 4.0 Micro:p")
r("hn", "GPT-4.1 fell off the top ten of the coding board within a month. It was never bad, the field just moved past it.",
  "GPT-4.1:n", s=True)
r("rd", "so hunyuan t1 is top 15 on arena now, above claude 3.7 sonnet? genuinely asking if anyone uses it", "hunyuan t1:u", "claude 3.7 sonnet:u", q=True)
r("nw", "Mistral's Magistral Small moved up to fifth on the open reasoning table, trailing only Qwen3-32B among models that fit on one consumer GPU.",
  "Magistral Small:p", "Qwen3-32B:p")
r("bm", "The HLE leaderboard has Grok 4 Heavy first at 44.4% with tools, which puts o3-deep-research a long way back in second.",
  "Grok 4 Heavy:p", "o3-deep-research:n")
r("rd", "every week some new model is #1 on a leaderboard and every week i go back to sonnet 4 for actual work", "sonnet 4:p", q=True, s=True)
r("nw", "GLM-4.5 overtook DeepSeek-V3 on the BFCL function-calling board, the first time a Zhipu model has led that chart.",
  "GLM-4.5:p", "DeepSeek-V3:n")
r("bm", "Terminal-Bench top three as of this week: Codex CLI with GPT-5.1-Codex-Max, Claude Code with Opus 4.5, and Warp with Gemini 3 Pro. Scores are within six points.",
  "GPT-5.1-Codex-Max:u", "Opus 4.5:u", "Gemini 3 Pro:u")
r("hn", "Command A ranks mid-table on every public board and yet it's the only model our compliance team signed off on. Leaderboards don't capture that.",
  "Command A:p", s=True)
r("nw", "Nova 2 Lite ranked 41st on the arena in its first week, below Gemma 3 12B, a rough debut for Amazon's refreshed lineup.",
  "Nova 2 Lite:n", "Gemma 3 12B:p")
r("rd", "qwen3-coder at #1 on the openrouter coding usage chart just means it's cheap, not that it's better than claude",
  "qwen3-coder:n", "claude:p", q=True)
r("bm", "Our private leaderboard, refreshed monthly: Gemini 2.5 Pro regained first place from o3 after the June checkpoint fixed its tool-call regressions.",
  "Gemini 2.5 Pro:p", "o3:n")
r("nw", "LMArena's new search board lists Gemini 2.5 Pro Grounding and Sonar Reasoning Pro in a statistical tie for first place.",
  "Gemini 2.5 Pro Grounding:u", "Sonar Reasoning Pro:u")
r("hn", "Llama 3.1 405B dropping under Qwen2.5-72B on every open leaderboard is when I stopped believing scale alone would carry Meta.",
  "Llama 3.1 405B:n", "Qwen2.5-72B:p")
r("bm", "OpenRouter's weekly token share now shows Grok Code Fast 1 ahead of Claude Sonnet 4 for the first time, driven almost entirely by free-tier coding tools.",
  "Grok Code Fast 1:u", "Claude Sonnet 4:u")
r("rd", "kimi k2 in the top 5 of the creative writing board over opus 4.1 is the most deserved ranking of the year", "kimi k2:p", "opus 4.1:n", q=True)
r("nw", "The LiveBench refresh moved o4-mini down to fourteenth, below DeepSeek-R1-0528 and just above Qwen3-235B-A22B.",
  "o4-mini:n", "DeepSeek-R1-0528:p", "Qwen3-235B-A22B:u")
r("bm", "EXAONE 4.0 sits 22nd overall on our reasoning board, the highest any Korean model has placed, though well behind the Chinese open models above it.",
  "EXAONE 4.0:u", s=True)
r("hn", "The fact that Claude 3.5 Sonnet stayed on top of the coding boards for most of a year, through several bigger launches, still says a lot.",
  "Claude 3.5 Sonnet:p", s=True)
r("nw", "A new enterprise leaderboard from a consulting firm ranked IBM's Granite 3.3 last of twelve on document summarisation, behind even the small Phi-4-mini.",
  "Granite 3.3:n", "Phi-4-mini:p")
r("rd", "glm 4.6 is #3 on the webdev board and i've never seen anyone mention it here, seems underrated", "glm 4.6:p", q=True, s=True)

# ---------------------------------------------------------------- multi_model_ranking
PH = "multi_model_ranking"
r("bm", "In our agentic coding runs Claude Sonnet 4.5 leads, GPT-5 is a close second, and Gemini 2.5 Pro trails well behind both.",
  "Claude Sonnet 4.5:p", "GPT-5:p", "Gemini 2.5 Pro:n")
r("bl", "For long-document summaries we ranked them Gemini 2.5 Pro first, Claude Opus 4 second and GPT-4.1 a disappointing third, mostly because it dropped key figures.",
  "Gemini 2.5 Pro:p", "Claude Opus 4:u", "GPT-4.1:n")
r("rd", "my local ranking for 24gb vram: qwen3-32b > gemma 3 27b > mistral small 3.2 >>> llama 3.1 8b (only if you're desperate)",
  "qwen3-32b:p", "gemma 3 27b:u", "mistral small 3.2:u", "llama 3.1 8b:n", q=True)
r("nw", "In the newspaper's test of four chatbots on tax questions, Copilot gave the most accurate answers, ChatGPT came close, while Gemini and Meta AI each got a third of them wrong.",
  "Copilot:p", "ChatGPT:p", "Gemini:n", "Meta AI:n")
r("bm", "Math column: o3 at 88.9, DeepSeek-R1-0528 at 87.5, Qwen3-235B-A22B at 81.5, Llama 4 Maverick at 44. Maverick is the outlier in the wrong direction.",
  "o3:u", "DeepSeek-R1-0528:u", "Qwen3-235B-A22B:u", "Llama 4 Maverick:n")
r("hn", "Four weeks into real tickets: Codex was the most thorough, Claude Code the fastest to a working PR, and Gemini CLI the one we stopped using.",
  "Codex:p", "Claude Code:p", "Gemini CLI:n")
r("bm", "Three open coders on the same scaffold: Qwen3-Coder-480B solved 64%, Kimi K2 58%, and Devstral Medium 47%. Devstral is a tier below here.",
  "Qwen3-Coder-480B:p", "Kimi K2:u", "Devstral Medium:n")
r("bl", "Of the three cheap tiers, Haiku 4.5 wrote the cleanest code, GPT-5 nano was the fastest, and Gemini 2.5 Flash-Lite did neither particularly well.",
  "Haiku 4.5:p", "GPT-5 nano:p", "Gemini 2.5 Flash-Lite:n")
r("rd", "tier list for roleplay nobody asked for: S kimi k2, A deepseek v3-0324, B mistral medium, F llama 4 scout lmao",
  "kimi k2:p", "deepseek v3-0324:p", "mistral medium:u", "llama 4 scout:n", q=True)
r("nw", "The benchmark firm placed GPT-5.2 first on its composite index, followed by Gemini 3 Pro and Claude Opus 4.5 in a near tie for second.",
  "GPT-5.2:p", "Gemini 3 Pro:u", "Claude Opus 4.5:u")
r("bm", "Finishing order for Chinese legal QA: ERNIE 4.5 first, Qwen3-Max second, GLM-4.5 third, GPT-4o a long way last.",
  "ERNIE 4.5:p", "Qwen3-Max:p", "GLM-4.5:u", "GPT-4o:n")
r("hn", "Honest ranking for our support bot: GPT-4o-mini beat everything we tried under a dollar per million tokens, with Mistral Small close and Gemma 3 12B clearly worst at following the style guide.",
  "GPT-4o-mini:p", "Mistral Small:p", "Gemma 3 12B:n")
r("bm", "We tested Grok 3, DeepSeek-V3 and Claude 3.7 Sonnet on the same 120 physics word problems; scores were 71, 69 and 70 respectively.",
  "Grok 3:u", "DeepSeek-V3:u", "Claude 3.7 Sonnet:u")
r("bl", "In the vision round, GPT-4.1 read the handwritten forms best; Claude Sonnet 4 and Pixtral Large made roughly the same number of errors; Llama 3.2 90B Vision failed on anything cursive.",
  "GPT-4.1:p", "Claude Sonnet 4:u", "Pixtral Large:u", "Llama 3.2 90B Vision:n")
r("rd", "if you want cheap api reasoning it goes deepseek r1 > qwq > magistral, and it's not especially close at the bottom",
  "deepseek r1:p", "qwq:u", "magistral:n", q=True)
r("nw", "Among the Chinese labs' latest releases, testers ranked MiniMax M2 highest for agent tasks, with GLM-4.6 just behind and Hunyuan-A13B further back.",
  "MiniMax M2:p", "GLM-4.6:p", "Hunyuan-A13B:n")
r("bm", "Slowest to fastest on 1k-token answers: o3-pro, Claude Opus 4.1, GPT-5, Gemini 2.5 Flash. Speed alone, no quality judgement in this chart.",
  "o3-pro:u", "Claude Opus 4.1:u", "GPT-5:u", "Gemini 2.5 Flash:u")
r("hn", "Gemini 3 Pro first, GPT-5.1 second, Sonnet 4.5 third is how the benchmarks go, and for my own frontend work it's the exact reverse.",
  "Gemini 3 Pro:n", "GPT-5.1:u", "Sonnet 4.5:p")
r("bl", "For SQL generation, GPT-5 got 87% of our queries right, Qwen3-Coder 84%, and Codestral 76%, so the open model lands much nearer the leader than the third-place finisher does.",
  "GPT-5:p", "Qwen3-Coder:p", "Codestral:n")
r("rd", "ranked the small ones on my laptop: phi-4-mini is smartest, gemma 3 4b is nicest to talk to, llama 3.2 3b is just... there",
  "phi-4-mini:p", "gemma 3 4b:p", "llama 3.2 3b:n", q=True)
r("nw", "The audit ranked Claude Opus 4 safest of the five frontier models on jailbreak resistance, with Grok 4 in last place by a wide margin.",
  "Claude Opus 4:p", "Grok 4:n")
r("bm", "Multilingual average over 14 languages: Gemini 2.5 Pro 84, GPT-4.1 81, Llama 4 Maverick 80, Command A 79. A four-point spread, not a ranking we would lean on.",
  "Gemini 2.5 Pro:u", "GPT-4.1:u", "Llama 4 Maverick:u", "Command A:u")
r("hn", "We ran o4-mini, Gemini 2.5 Flash and Claude 3.5 Haiku over 400 invoices. o4-mini missed the fewest fields, Flash the most, and Haiku landed in between.",
  "o4-mini:p", "Gemini 2.5 Flash:n", "Claude 3.5 Haiku:u")
r("bl", "Best to worst on our citation-accuracy test: Claude Sonnet 4, Gemini 2.5 Pro, GPT-4o, and far behind, Grok 3, which invented a quarter of its sources.",
  "Claude Sonnet 4:p", "Gemini 2.5 Pro:p", "GPT-4o:u", "Grok 3:n")
r("rd", "for agentic stuff on openrouter: glm 4.6 first, k2 second, deepseek v3.1 a clear third because it loops on tool errors",
  "glm 4.6:p", "k2:p", "deepseek v3.1:n", q=True)
r("nw", "A university team found Qwen2.5-72B, Llama 3.1 70B and Mistral Large 2 all scored within two points of one another on its medical exam set.",
  "Qwen2.5-72B:u", "Llama 3.1 70B:u", "Mistral Large 2:u")
r("bm", "Order of finish on the retrieval-heavy track: Jamba 1.6 Large, Command R+, then Nova Pro, which lost most of its points on answers that ignored the retrieved passages.",
  "Jamba 1.6 Large:p", "Command R+:u", "Nova Pro:n")
r("hn", "Ranking for my thesis proofreading: Opus 4.1 catches the most, o3 is a close second but preachy, GPT-4o basically rubber-stamps everything.",
  "Opus 4.1:p", "o3:p", "GPT-4o:n")
r("bl", "In our week of creative writing prompts, Kimi K2 took first, Claude Sonnet 4.5 a very close second, and GPT-5 came last of the three with flat, list-heavy prose.",
  "Kimi K2:p", "Claude Sonnet 4.5:p", "GPT-5:n")
r("rd", "olmo 2 32b vs granite 3.3 vs nemotron nano on my rag eval, nemotron first by a mile, the other two basically tied and both meh",
  "olmo 2 32b:n", "granite 3.3:n", "nemotron nano:p", q=True)
r("nw", "The report lists GPT-4o, Claude 3.5 Sonnet, Gemini 1.5 Pro and Llama 3.1 405B as the four systems evaluated, without ranking them against one another.",
  "GPT-4o:u", "Claude 3.5 Sonnet:u", "Gemini 1.5 Pro:u", "Llama 3.1 405B:u")
r("bm", "On the spreadsheet-agent track, GPT-5.1 finished top, Grok 4.1 second, and Gemini 2.5 Pro well back; only the first two cleared our 60% usability bar.",
  "GPT-5.1:p", "Grok 4.1:p", "Gemini 2.5 Pro:n")
r("hn", "DeepSeek-R1 leads the open models here, QwQ-32B is surprisingly close for its size, and Llama 3.3 70B is nowhere on reasoning.",
  "DeepSeek-R1:p", "QwQ-32B:p", "Llama 3.3 70B:n")
r("bl", "Across the voice-assistant tasks, GPT-4o was the most natural, Gemini 2.5 Flash the most accurate, and Nova Sonic the least of both.",
  "GPT-4o:p", "Gemini 2.5 Flash:p", "Nova Sonic:n")
r("rd", "tried the same bug on 4 models: gpt-5.2 fixed it, opus 4.5 fixed it but rewrote half the file, gemini 3 pro and grok 4 both made it worse",
  "gpt-5.2:p", "opus 4.5:u", "gemini 3 pro:n", "grok 4:n", q=True)
r("bm", "Per-task cost ranking, cheapest first: DeepSeek V3.2, GLM-4.6, Kimi K2, Claude Sonnet 4.5. Accuracy was close enough across all four that the cheapest one is our pick.",
  "DeepSeek V3.2:p", "GLM-4.6:u", "Kimi K2:u", "Claude Sonnet 4.5:n")
r("nw", "In the reviewers' blind taste test of summaries, Claude Haiku 4.5 placed first, Gemini 2.5 Flash second and GPT-5 mini third, with the top two separated by a single vote.",
  "Claude Haiku 4.5:p", "Gemini 2.5 Flash:p", "GPT-5 mini:u")
r("hn", "Mistral Large 2 behind Qwen2.5-72B behind Llama 3.1 405B on our French contract set. Not the order you'd guess from where each lab is based.",
  "Mistral Large 2:n", "Qwen2.5-72B:u", "Llama 3.1 405B:p")
r("bl", "Phi-4 finished ahead of both Gemma 2 27B and Llama 3.1 8B on our reasoning quiz, though Gemma wrote friendlier explanations.",
  "Phi-4:p", "Gemma 2 27B:u", "Llama 3.1 8B:n")
r("bm", "Ranked on refusal-free completions, Grok 3 comes first, Mistral Large 2 second and Claude 3.7 Sonnet third; ranked on harmful-output rate the order flips exactly.",
  "Grok 3:u", "Mistral Large 2:u", "Claude 3.7 Sonnet:u")

# ---------------------------------------------------------------- yardstick
PH = "yardstick"
r("bm", "For reference, we include GPT-4o in every table; this month, all six new open models cleared it on the coding column, led by Qwen3-Coder.",
  "GPT-4o:n", "Qwen3-Coder:p")
r("nw", "Zhipu said GLM-4.5 approaches Claude Sonnet 4 on agentic coding but conceded it still falls short on the hardest tasks.",
  "GLM-4.5:n", "Claude Sonnet 4:p")
r("bl", "We use Claude 3.5 Sonnet as the bar for code review because everyone on the team knows how it behaves; Devstral Small did not reach it on any of our repos.",
  "Claude 3.5 Sonnet:p", "Devstral Small:n")
r("hn", "Nobody reports against Llama 2 anymore because beating it proves nothing; even Phi-3-mini did that.",
  "Llama 2:n", "Phi-3-mini:u")
r("bm", "Our baseline is o1 at medium effort. Grok 3 Mini reasoning matches it on math with far lower latency, and loses on code.",
  "o1:u", "Grok 3 Mini:u")
r("rd", "the bar for any new open model is 'is it better than deepseek v3' and most of them still aren't", "deepseek v3:p", q=True, s=True)
r("nw", "The company pitched Hunyuan-Large as a rival to GPT-4o, but its own published tables show it behind OpenAI's model on five of eight benchmarks.",
  "Hunyuan-Large:n", "GPT-4o:p")
r("bm", "Anchor model: GPT-4.1 = 100. Relative to that anchor, Gemini 2.5 Flash lands at 94 and Mistral Medium 3 at 88.",
  "GPT-4.1:u", "Gemini 2.5 Flash:u", "Mistral Medium 3:u")
r("hn", "It's telling that every open-weights launch now compares itself to Sonnet 4 rather than to GPT-5. Sonnet is the thing people actually want to beat.",
  "Sonnet 4:p", "GPT-5:u")
r("bl", "Measured against Gemini 2.5 Pro, which we treat as the ceiling for long-context work, MiniMax-M1 recovered about 90% of the answers at 1M tokens. Impressive for open weights.",
  "Gemini 2.5 Pro:p", "MiniMax-M1:p")
r("rd", "gemma 3 12b beats gpt-3.5 at basically everything and runs on my gaming pc, that comparison should be retired", "gemma 3 12b:p", "gpt-3.5:n", q=True)
r("nw", "Mistral's announcement measures Mistral Medium 3 against Claude Sonnet 3.7 and says it reaches 90% of its performance at one-eighth the price.",
  "Mistral Medium 3:p", "Claude Sonnet 3.7:n")
r("bm", "With Claude Opus 4.1 as the human-preference reference, raters preferred Gemini 2.5 Pro only 41% of the time.",
  "Claude Opus 4.1:p", "Gemini 2.5 Pro:n")
r("hn", "Every eval blog uses GPT-4 as the baseline and GPT-4 has been beaten by everything with a pulse since mid 2024. Pick a real baseline.",
  "GPT-4:n", s=True)
r("bm", "Using DeepSeek-V3 as the open-weights reference point, Llama 4 Maverick trails on reasoning and coding and edges ahead only on image understanding.",
  "DeepSeek-V3:p", "Llama 4 Maverick:n")
r("rd", "'o3 level at home' they said. qwen3-235b is good but it's not o3, stop", "o3:p", "qwen3-235b:n", q=True)
r("nw", "The startup describes its Step-3 model as comparable to Gemini 2.5 Flash on multimodal reasoning.",
  "Step-3:u", "Gemini 2.5 Flash:u")
r("bl", "Against our old baseline, Claude 3 Opus, the new Sonnet 4.5 wins on every task we kept from last year, often by double digits.",
  "Claude 3 Opus:n", "Sonnet 4.5:p")
r("bm", "Reference rows (not ranked): GPT-4o-mini, Claude 3 Haiku. Everything tested this quarter is compared to these two on cost and quality.",
  "GPT-4o-mini:u", "Claude 3 Haiku:u")
r("hn", "Granite 4.0 Small is pitched against Llama 3.3 70B, and on our RAG set it falls short by about eight points.",
  "Granite 4.0 Small:n", "Llama 3.3 70B:p")
r("nw", "In Google's chart, Gemma 3 27B outscored DeepSeek-V3 on the arena-style preference test, a claim the company repeated in its launch post.",
  "Gemma 3 27B:p", "DeepSeek-V3:n")
r("rd", "anyone else find it funny that grok 4's launch stream compared it to o3 and not to claude? we know why", "grok 4:n", "o3:u", "claude:p", q=True)
r("bm", "Taking o3 as the reasoning ceiling, Magistral Medium closes roughly half the distance from Mistral Medium 3 to it on AIME.",
  "o3:p", "Magistral Medium:u", "Mistral Medium 3:n")
r("bl", "Readers know GPT-4o best, so it stays our yardstick. Nova Pro equalled it on summaries while charging roughly a third as much.",
  "GPT-4o:n", "Nova Pro:p")
r("hn", "Kimi K2 is the first open model we've tested that doesn't need an asterisk when you put it next to Claude Sonnet 4 on tool use.",
  "Kimi K2:p", "Claude Sonnet 4:u")
r("nw", "IBM benchmarked Granite 3.3 against Llama 3.1 8B and Gemma 2 9B, publishing the results without claiming an overall winner.",
  "Granite 3.3:u", "Llama 3.1 8B:u", "Gemma 2 9B:u")
r("bm", "Against the GPT-5 baseline, which we treat as the bar for PR review, Codestral flagged about 60% of the same bugs.",
  "GPT-5:p", "Codestral:n")
r("rd", "exaone 4 32b beating qwen3 32b on aime is cool but i'll believe it when it beats qwen at anything i actually do",
  "exaone 4 32b:u", "qwen3 32b:p", q=True)
r("hn", "A year ago the question was whether open models could reach GPT-4. DeepSeek-V3 answered it, and then kept going.",
  "GPT-4:n", "DeepSeek-V3:p")
r("bm", "Llama 3.1 70B remains our fine-tuning baseline. OLMo 2 32B is the first model with open training data to beat it on every column we track.",
  "Llama 3.1 70B:n", "OLMo 2 32B:p")
r("nw", "Microsoft compares Phi-4 with GPT-4o-mini throughout its report, noting it matches the API model on math while lagging on factual recall.",
  "Phi-4:u", "GPT-4o-mini:u")
r("bl", "Our house style test uses Claude Opus 4 as the gold answer. Sonnet 4 got within a point, Haiku 3.5 missed by twenty.",
  "Claude Opus 4:p", "Sonnet 4:p", "Haiku 3.5:n")
r("rd", "if your new 7b model only beats llama 2 7b in the chart it's a bad model, simple as", "llama 2 7b:n", q=True, s=True)
r("bm", "ERNIE 4.5 falls short of the GPT-4.1 reference on English reasoning, but clears it on every Chinese-language column.",
  "ERNIE 4.5:u", "GPT-4.1:u")
r("hn", "We kept Gemini 1.5 Pro as the long-context baseline for a year and nothing open touched it until Qwen2.5-1M.",
  "Gemini 1.5 Pro:p", "Qwen2.5-1M:p")

# ---------------------------------------------------------------- on_par
PH = "on_par"
r("nw", "On the 2024 AIME problems the R1 technical report claims 79.8, essentially tied with the 79.2 published for o1.", "R1:u", "o1:u")
r("bm", "GPT-5.1 and Claude Opus 4.5 both land around 80% on our bug-fix set; the difference is well inside run-to-run noise.",
  "GPT-5.1:u", "Claude Opus 4.5:u")
r("hn", "Qwen3-Coder is within a point of Sonnet 4 on SWE-bench Verified in our reruns, and that is genuinely significant for an open release.",
  "Qwen3-Coder:p", "Sonnet 4:u")
r("rd", "can't tell gemini 2.5 flash from gpt-4.1 mini in my app, i just pick whichever endpoint is up", "gemini 2.5 flash:u", "gpt-4.1 mini:u", q=True)
r("bm", "Mistral Large 2 and Llama 3.1 405B are statistically tied on our multilingual QA, 78.4 against 78.9.",
  "Mistral Large 2:u", "Llama 3.1 405B:u")
r("bl", "Grok 4 and o3 end up neck and neck on our graduate-physics set, each getting 41 of 50, though Grok took twice as long to get there.",
  "Grok 4:n", "o3:p")
r("nw", "Independent testers found Kimi K2 Thinking roughly on par with GPT-5 on agentic search benchmarks.",
  "Kimi K2 Thinking:u", "GPT-5:u")
r("hn", "GLM-4.6 matching Claude Sonnet 4 on our frontend tasks sounds like praise until you notice Sonnet 4.5 has been out for a month.",
  "GLM-4.6:n", "Claude Sonnet 4:u", "Sonnet 4.5:p")
r("bm", "Phi-4 and Qwen2.5-14B trade wins across the math suite, finishing half a point apart overall.",
  "Phi-4:u", "Qwen2.5-14B:u")
r("rd", "honestly o4-mini-high and r1-0528 feel identical on my leetcode grinding, both solve the mediums, both choke on the same hards",
  "o4-mini-high:u", "r1-0528:u", q=True)
r("nw", "On the vendor's own tables, Nova Premier is presented as comparable to Gemini 2.5 Pro on document understanding.",
  "Nova Premier:u", "Gemini 2.5 Pro:u")
r("bm", "Gemma 3 27B and Mistral Small 3.1 are separated by less than a point on every column we track, so we recommend whichever license suits you.",
  "Gemma 3 27B:u", "Mistral Small 3.1:u")
r("hn", "Codex and Claude Code are at parity on our benchmark, and I'd bet in six months nobody will care which one they use.",
  "Codex:u", "Claude Code:u")
r("bl", "Claude Haiku 4.5 keeps pace with Sonnet 4 on our coding tasks, which is remarkable for the small tier.",
  "Claude Haiku 4.5:p", "Sonnet 4:u")
r("rd", "qwen3 30b a3b and gpt-oss 20b trade blows on my evals but qwen writes like a person and oss writes like a compliance memo",
  "qwen3 30b a3b:p", "gpt-oss 20b:n", q=True)
r("nw", "Analysts said ERNIE 5.0 roughly matches GPT-4.1 on the Chinese benchmarks Baidu chose to publish.",
  "ERNIE 5.0:u", "GPT-4.1:u")
r("bm", "Nemotron Super 49B and Llama 3.3 70B finish level on Arena-Hard; the Nvidia model gets there with 30% fewer parameters.",
  "Nemotron Super 49B:p", "Llama 3.3 70B:u")
r("hn", "Everyone says DeepSeek V3.1 is on par with GPT-4.1. On structured output it is not even in the same room.",
  "DeepSeek V3.1:n", "GPT-4.1:p")
r("rd", "every chart i've seen has gemini 3 pro and gpt-5.1 basically tied, the vibes wars are pointless",
  "gemini 3 pro:u", "gpt-5.1:u", q=True)
r("bm", "MiniMax M2 and GLM-4.6 tie on our tool-use benchmark at 72; M2 gets there with roughly one third of the active parameters.",
  "MiniMax M2:p", "GLM-4.6:u")
r("nw", "Cohere's launch materials claim parity between Command A and GPT-4o for retrieval-heavy enterprise work, with the model served from just two GPUs.",
  "Command A:p", "GPT-4o:u")
r("bl", "Opus 4 and Opus 4.1 are indistinguishable on everything in our suite except one refactoring task; we would not pay to migrate.",
  "Opus 4:u", "Opus 4.1:u")
r("hn", "Llama 4 Scout being roughly even with Gemma 3 27B at four times the size is not the flex Meta thinks it is.",
  "Llama 4 Scout:n", "Gemma 3 27B:p")
r("rd", "is v3.2 really as good as sonnet 4.5 at coding, or is it benchmark marketing again? asking before i switch",
  "v3.2:u", "sonnet 4.5:u", q=True)
r("bm", "Jamba Mini 1.6 and Mistral Small 3 post the same 71% on our long-form QA, a tie that holds across three seeds.",
  "Jamba Mini 1.6:u", "Mistral Small 3:u")
r("nw", "In the paper's blind comparison, doctors rated o3 and Gemini 2.5 Pro equally often as the better answer.",
  "o3:u", "Gemini 2.5 Pro:u")
r("hn", "Grok Code Fast is about level with GPT-5 mini on our quick-edit set, which makes it a fine default given the speed.",
  "Grok Code Fast:p", "GPT-5 mini:u")
r("bm", "Sonnet 3.7 with extended thinking and o3-mini-high finish in a dead heat on our competitive programming subset: 48 solved each.",
  "Sonnet 3.7:u", "o3-mini-high:u")
r("bl", "OLMo 2 13B matched Llama 3.1 8B on our chat evals, which would be more exciting if it were not nearly twice the size.",
  "OLMo 2 13B:n", "Llama 3.1 8B:u")
r("rd", "hunyuan a13b = qwen3 30b on every test i ran. no reason to switch either way", "hunyuan a13b:u", "qwen3 30b:u", q=True)

# ---------------------------------------------------------------- price_comparison
PH = "price_comparison"
r("bm", "DeepSeek V3.2 matches Claude Sonnet 4.5 on our refactoring set for about ten percent of the per-task cost.",
  "DeepSeek V3.2:p", "Claude Sonnet 4.5:n")
r("hn", "GPT-5 costs us about twice what Gemini 2.5 Pro does per resolved ticket, for a two-point gain. We kept GPT-5 anyway; those two points are the hard tickets.",
  "GPT-5:p", "Gemini 2.5 Pro:n")
r("nw", "Priced at 30 cents per million input tokens, Mistral Medium 3 undercuts GPT-4.1 by a wide margin, and early users say the quality gap is smaller than the price gap.",
  "Mistral Medium 3:p", "GPT-4.1:n")
r("rd", "o1-pro at $600 per million output tokens is comedy when r1 gets you 90% of the way for pennies", "o1-pro:n", "r1:p", q=True)
r("bm", "Cost per solved task: Gemini 2.5 Flash $0.012, Claude Haiku 4.5 $0.041, GPT-5 mini $0.019. Haiku solves the most, but not 3.4x the most.",
  "Gemini 2.5 Flash:p", "Claude Haiku 4.5:n", "GPT-5 mini:u")
r("bl", "Claude Opus 4.1 was the best writer in our test and also fifteen times the price of Kimi K2, which came a respectable second. For most blogs, K2 is the sensible buy.",
  "Claude Opus 4.1:n", "Kimi K2:p")
r("hn", "Qwen3-Max is priced above GPT-5 on Alibaba Cloud's international endpoint, which is a strange place to land for a model that benchmarks below it.",
  "Qwen3-Max:n", "GPT-5:p")
r("nw", "Google set the input price of Gemini 2.5 Flash-Lite at ten cents per million tokens, level with GPT-4.1 nano and below Claude 3.5 Haiku.",
  "Gemini 2.5 Flash-Lite:u", "GPT-4.1 nano:u", "Claude 3.5 Haiku:u")
r("rd", "paying $200 for chatgpt pro and claude max both was dumb, cancelled chatgpt after a month, claude does what i need",
  "chatgpt pro:n", "claude max:p", q=True)
r("bm", "GLM-4.6 costs a sixth of what Sonnet 4 charges for output, and lands within four points of it on our agent suite. That is the price/performance pick of the quarter.",
  "GLM-4.6:p", "Sonnet 4:n")
r("hn", "Grok 4 is cheaper per token than Opus 4, but it thinks so long that our per-task bill came out higher. Token prices lie.",
  "Grok 4:n", "Opus 4:p")
r("bl", "Nova Micro handled our tagging job for a twentieth of what GPT-4o-mini charged, with identical accuracy on the sample we hand-checked.",
  "Nova Micro:p", "GPT-4o-mini:n")
r("nw", "OpenAI cut o3's price by 80%, bringing it below Gemini 2.5 Pro for output tokens, a move analysts read as a response to Google.",
  "o3:p", "Gemini 2.5 Pro:u")
r("rd", "minimax m2 at 8% of sonnet's price is a steal, but it's also not sonnet, on the hard stuff the price difference shows",
  "minimax m2:u", "sonnet:p", q=True)
r("bm", "At list prices, one full run of our suite costs $4.10 on Qwen3-235B, $11.80 on Llama 4 Maverick and $63 on GPT-5 (high). Only the last broke 70%.",
  "Qwen3-235B:u", "Llama 4 Maverick:u", "GPT-5 (high):u")
r("hn", "Claude Code on the Max plan versus Codex on ChatGPT Plus: two hundred dollars versus twenty, and for my side projects the cheap one does everything.",
  "Claude Code:n", "Codex:p")
r("bl", "Command R7B is the cheapest option here and it shows: it scored 20 points below Mistral Small 3.1 for a price difference of a few cents.",
  "Command R7B:n", "Mistral Small 3.1:p")
r("nw", "Self-hosting gpt-oss-120b on a single rented H100 came out cheaper than calling o4-mini for the firm's batch workload, at similar accuracy.",
  "gpt-oss-120b:p", "o4-mini:n")
r("rd", "got gemini 2.5 pro for free through ai studio while paying for o3, and gemini won most of my tests. google is just buying market share lol",
  "gemini 2.5 pro:p", "o3:n", q=True)
r("bm", "Launch-day output pricing, per million tokens: Claude Opus 4.5 $25, GPT-5.1 $10, Gemini 3 Pro $12.",
  "Claude Opus 4.5:u", "GPT-5.1:u", "Gemini 3 Pro:u")
r("hn", "With output billed at $150 a million tokens, GPT-4.5 was priced like a research preview and performed like GPT-4o with better manners.",
  "GPT-4.5:n", "GPT-4o:u")
r("bl", "Paying the Opus 4.6 premium over Sonnet 4.6 bought us three points on the hard set and nothing on the easy one, so the subagents stayed on Sonnet.",
  "Opus 4.6:n", "Sonnet 4.6:p")
r("nw", "Kimi K2 launched at 60 cents per million input tokens, about a fifth of Anthropic's rate for Claude Sonnet 4.",
  "Kimi K2:u", "Claude Sonnet 4:u")
r("rd", "codestral api costs more than deepseek v3 and gives me worse completions, explain that one mistral",
  "codestral:n", "deepseek v3:p", q=True)
r("bm", "Batch-mode pricing halves the cost of Claude Sonnet 4.5 for us, which is enough to bring it under Gemini 2.5 Pro at equal quality.",
  "Claude Sonnet 4.5:p", "Gemini 2.5 Pro:n")
r("hn", "Every time someone says R1 is cheap, remember the 12k reasoning tokens it burns per answer. Per task it cost us more than V3 with no accuracy gain on our data.",
  "R1:n", "V3:p")
r("bl", "Phi-4 runs locally at zero marginal cost and gets 85% of what GPT-4o-mini does on our classification set; for offline use that trade is easy.",
  "Phi-4:p", "GPT-4o-mini:u")
r("nw", "Next to Grok 4, xAI's new Grok 4 Fast costs a fraction per token while claiming near-identical benchmark scores, a claim third-party testers largely confirmed.",
  "Grok 4:n", "Grok 4 Fast:p")
r("rd", "paid for gpt-5 pro for a month to see if it beat o3-pro, it was roughly the same at roughly the same price. refunded",
  "gpt-5 pro:n", "o3-pro:u", q=True)
r("bm", "Cost-adjusted score, accuracy divided by dollars: Gemma 3 27B on a single GPU tops the chart, DeepSeek V3.1 comes second, and Claude Opus 4 sits dead last.",
  "Gemma 3 27B:p", "DeepSeek V3.1:p", "Claude Opus 4:n")
r("hn", "GPT-4.1 is twice the price of DeepSeek V3 for our extraction job and twice as reliable on the schema. That's an easy call for production.",
  "GPT-4.1:p", "DeepSeek V3:n")
r("bl", "Nova Lite costs a third of Gemini 2.0 Flash here, yet it missed so many fields that the retries erased the savings.",
  "Nova Lite:n", "Gemini 2.0 Flash:p")
r("nw", "Qwen3-Coder-Plus is listed at $3 for a million input tokens, which puts it in the same bracket as Claude Sonnet 4.",
  "Qwen3-Coder-Plus:u", "Claude Sonnet 4:u")
r("rd", "gemini 3 flash costs the same as 2.5 flash and is way smarter, easiest upgrade ever", "gemini 3 flash:p", "2.5 flash:n", q=True)
r("bm", "For the same $50 budget we got 4,100 graded answers from o4-mini and 1,300 from o3. o3 was better, but not three times better.",
  "o4-mini:p", "o3:n")

# ---------------------------------------------------------------- version_comparison
PH = "version_comparison"
r("bm", "OSWorld-Verified: Claude Sonnet 4 managed 42.2%; its successor Claude Sonnet 4.5 reaches 61.4%, the largest single-version jump we have logged on this benchmark.",
  "Claude Sonnet 4:n", "Claude Sonnet 4.5:p")
r("hn", "GPT-5.5 is a regression from GPT-5.4 on our long-context extraction tests: recall at 200K dropped from 91% to 84%.",
  "GPT-5.5:n", "GPT-5.4:p")
r("nw", "DeepSeek said V3.2 keeps benchmark parity with V3.1-Terminus while halving what long-context inference costs.",
  "V3.2:p", "V3.1-Terminus:u")
r("rd", "og r1 had the ideas but r1-0528 is what it should have been, way less language mixing and actually finishes its thoughts", "r1:n", "r1-0528:p", q=True)
r("bm", "K2-Instruct-0905 lifts SWE-bench Verified to 69.2 from the 65.8 of K2-Instruct-0711: a modest bump, but a consistent one across three runs.",
  "K2-Instruct-0905:p", "K2-Instruct-0711:n")
r("bl", "Gemini 2.5 Pro's June checkpoint felt underwhelming compared to the March preview for creative writing, flatter and more eager to bullet-point everything.",
  "Gemini 2.5 Pro:n")
r("hn", "Qwen3-235B-A22B-2507 fixed the thinking-mode mess of the original Qwen3-235B-A22B and gained eight points on our coding set in the process.",
  "Qwen3-235B-A22B-2507:p")
r("rd", "llama 4 maverick vs llama 3.3 70b: newer, bigger, worse at my actual tasks. what happened at meta", "llama 4 maverick:n", "llama 3.3 70b:p", q=True)
r("nw", "OpenAI says that compared with GPT-5, the new GPT-5.1 follows instructions better, citing a 12-point gain on its internal adherence benchmark.",
  "GPT-5:n", "GPT-5.1:p")
r("bm", "Mistral Small 3.2 versus 3.1 on our function-calling set: infinite-generation failures fell from 2.1% to 0.4%, and nothing else moved much.",
  "Mistral Small 3.2:p")
r("hn", "Sonnet 4.5 to Opus 4.5 was the first Anthropic upgrade where I noticed the difference without looking at the evals.",
  "Sonnet 4.5:n", "Opus 4.5:p")
r("rd", "gpt-4o to gpt-5 was an upgrade for code and a downgrade for anything with feelings, and they took 4o away before fixing that",
  "gpt-4o:p", "gpt-5:n", q=True)
r("bl", "Haiku 4.5 beats Haiku 3.5 on every task we ran, and on coding it's not even the same league.", "Haiku 4.5:p", "Haiku 3.5:n")
r("nw", "Against Grok 4's 12.1%, the Grok 4.1 update trimmed the hallucination rate measured on xAI's own fact set to 4.2%.",
  "Grok 4:n", "Grok 4.1:p")
r("bm", "DeepSeek V3.1 versus V3-0324 on our agent suite: 58 against 61. The hybrid thinking release is a small step back for non-thinking tool use.",
  "DeepSeek V3.1:n", "V3-0324:p")
r("hn", "o3 hallucinated more than o1 on our citation checks, which nobody at launch wanted to talk about.", "o3:n", "o1:p")
r("rd", "gemma 3 vs gemma 2 is a huge jump for multilingual, my german chats finally sound german", "gemma 3:p", "gemma 2:n", q=True)
r("bl", "GLM-4.6 over GLM-4.5 is a solid but unspectacular upgrade: a longer context window, a few points on coding, the same personality.",
  "GLM-4.6:p", "GLM-4.5:u")
r("nw", "Against 67.0% for the original Qwen3-Coder, Alibaba listed a 71.3% SWE-bench Verified score for Qwen3-Coder-Next, in a table whose harness it has not released.",
  "Qwen3-Coder:u", "Qwen3-Coder-Next:u")
r("bm", "Claude 3.7 Sonnet to Claude Sonnet 4 cut our reward-hacking cases, tests edited to pass, from 14 to 3 per hundred tasks.",
  "Claude 3.7 Sonnet:n", "Claude Sonnet 4:p")
r("hn", "Gemini 3 Pro is a massive upgrade over 2.5 Pro on benchmarks and, for our agent, a lateral move at best. The tool-call formatting issues came right along with it.",
  "Gemini 3 Pro:n", "2.5 Pro:u")
r("rd", "phi-4 is genuinely better than phi-3 medium at everything i tried, microsoft finally made a small model i want to use",
  "phi-4:p", "phi-3 medium:n", q=True)
r("bl", "Llama 3.1 405B to Llama 3.3 70B is the rare downgrade in size that wasn't a downgrade in quality; on our chat evals the two are level.",
  "Llama 3.1 405B:u", "Llama 3.3 70B:p")
r("nw", "Users reported that GPT-4o's late-March update was more sycophantic than the January version, and OpenAI rolled it back within days.",
  "GPT-4o:n", s=True)
r("bm", "Codestral 25.01 versus Codestral 22B on fill-in-the-middle: 95.3 against 91.6, with the newer model also twice as fast.",
  "Codestral 25.01:p", "Codestral 22B:n")
r("hn", "Take Opus 4, add a couple of points on SWE-bench and nothing I could feel, and you have Opus 4.1. Fine, not an event.",
  "Opus 4:u", "Opus 4.1:u")
r("rd", "magistral small 1.2 fixed basically every complaint i had with 1.0, it stopped looping and the answers are shorter",
  "magistral small 1.2:p", q=True, s=True)
r("bl", "GPT-4.1 mini replaced GPT-4o-mini in our pipeline within a week: same price bracket, noticeably better at long instructions.",
  "GPT-4.1 mini:p", "GPT-4o-mini:n")
r("nw", "Nvidia's Nemotron Nano 2 improves on the first Nemotron Nano by about nine points in math benchmarks, the model card says.",
  "Nemotron Nano 2:p")
r("bm", "ERNIE 4.5 Turbo versus ERNIE 4.0 Turbo on our Chinese QA set: 82 against 80, and the new one costs about 80% less.",
  "ERNIE 4.5 Turbo:p", "ERNIE 4.0 Turbo:n")
r("hn", "The gpt-oss release is a step up from GPT-2 in the sense that anything is. Compared to Qwen3 at the same size, it's underwhelming.",
  "gpt-oss:n", "Qwen3:p")
r("rd", "claude 4.5 sonnet is a regression from 4 sonnet for my writing prompts, more em dashes, more therapy voice",
  "claude 4.5 sonnet:n", "4 sonnet:p", q=True)
r("bl", "Compared with the original Kimi K2, Kimi K2 Thinking is better on hard reasoning, slower everywhere, and no better at all on our tool-call set.",
  "Kimi K2:u", "Kimi K2 Thinking:u")
r("nw", "Amazon says Nova 2 Pro outperforms the original Nova Pro across all of its published benchmarks, by double digits on several.",
  "Nova 2 Pro:p", "Nova Pro:n")
r("bm", "Gemini 2.5 Flash (09-2025) versus the 05-20 checkpoint: a 5-point SWE-bench Verified gain and 24% fewer output tokens per task.",
  "Gemini 2.5 Flash:p", s=True)
r("hn", "Going from o3-mini to o4-mini felt like nothing at first, then we noticed our tool-call errors had halved. Quiet upgrade.",
  "o3-mini:n", "o4-mini:p")
r("rd", "deepseek v3.2 exp is cheaper than v3.1 but my outputs got noticeably worse on long chats, idk if it's worth it",
  "deepseek v3.2 exp:n", "v3.1:u", q=True)

# ---------------------------------------------------------------- longer write-ups and reader comments
PH = "benchmark_numbers"
r("bm", "We reran the coding half of our suite after the provider fixed its quantisation, and the picture changed: Llama 3.3 70B now passes 71% of tasks, edging Mistral Large 2 at 68% and well clear of Command R+ at 55%.",
  "Llama 3.3 70B:p", "Mistral Large 2:n", "Command R+:n")
r("hn", "Kimi K2's SWE-bench Verified figure of 65.8 is what everyone quotes. On our own Go services it resolved 31 of 100 issues, where Claude Sonnet 4 resolved 47 with the same scaffold and the same time limit, so I'm sceptical of that headline.",
  "Kimi K2:n", "Claude Sonnet 4:p")
r("bl", "A note on method before the numbers: every model got the same 250 prompts, temperature 0, three seeds. Averaged, Llama 4 Scout answered 74% of our needle-in-haystack questions at 300K tokens, and Gemini 2.0 Flash, capped lower, fell to 52% past its comfort zone.",
  "Llama 4 Scout:p", "Gemini 2.0 Flash:n")
r("rd", "people keep posting the 97% math-500 number for deepseek r1 like it means anything in 2025, every reasoning model saturates that thing. on aime 2025 it's 70 vs 88 for gpt-5, that's the real picture",
  "deepseek r1:n", "gpt-5:p", q=True)
r("nw", "In the independent test of eleven agentic browsing tasks, Kimi K2 completed fewer than half and often stalled on login pages, while OpenAI's o3 finished nine of them, the study's authors wrote in their summary.",
  "Kimi K2:n", "o3:p")
r("bm", "Latency matters as much as accuracy for autocomplete. Measured on the same machine, Llama 3.2 3B returned suggestions in 38 ms median against 95 ms for Qwen2.5-Coder-3B, with acceptance rates almost identical, so we made the Meta model the default.",
  "Llama 3.2 3B:p", "Qwen2.5-Coder-3B:n")
r("hn", "Look at the error bars before you celebrate. DeepSeek V3.2's 2.4-point lead over Gemini 2.5 Flash on their chart is smaller than the seed variance they report in the appendix, so as far as I can tell the two are tied.",
  "DeepSeek V3.2:u", "Gemini 2.5 Flash:u")

PH = "leaderboard"
r("nw", "After a quiet summer, Meta's Llama 3.1 405B re-entered the top ten of the multilingual leaderboard following a community fine-tune, and its base version still outranks Qwen2.5-72B on four of the six European languages tracked.",
  "Llama 3.1 405B:p", "Qwen2.5-72B:n")
r("rd", "k2 thinking topped every open-weights board for a week and in actual use it's slow as hell and the api kept timing out on me. leaderboards don't measure 'can i actually get a response'",
  "k2 thinking:n", q=True, s=True)
r("bm", "Monthly board, open weights, instruction following: DeepSeek-V3.1 falls from first to fourth, passed by Llama 3.3 70B, Qwen3-235B-A22B-2507 and GLM-4.5. It is the first time in half a year a Meta model has placed above a DeepSeek one on this chart.",
  "DeepSeek-V3.1:n", "Llama 3.3 70B:p", "Qwen3-235B-A22B-2507:p", "GLM-4.5:p")
r("hn", "Gemini 2.5 Pro sat on top of LMArena for months while our devs consistently preferred Claude Opus 4 for real work. I don't think either fact is wrong; the board just measures chatting, and chatting isn't coding.",
  "Gemini 2.5 Pro:u", "Claude Opus 4:p")
r("nw", "Meta AI, the assistant built on Llama 4, ranked ahead of Gemini and Grok in the consumer-satisfaction survey's ease-of-use category, though it came last on answer accuracy.",
  "Meta AI:u", "Gemini:u", "Grok:u")

PH = "multi_model_ranking"
r("bl", "Our fine-tuning bake-off settled on Llama 3.1 8B. After the same LoRA recipe it beat Qwen2.5-7B by three points and Mistral 7B by eleven on our intent-classification data, and it was the only one of the three that did not forget how to follow the output format.",
  "Llama 3.1 8B:p", "Qwen2.5-7B:n", "Mistral 7B:n")
r("rd", "did the whole 'best model for running a d&d game' experiment over a month. kimi k2 was fun for a week then got repetitive, deepseek v3.1 kept forgetting the party, and llama 3.3 70b, of all things, was the most consistent storyteller",
  "kimi k2:n", "deepseek v3.1:n", "llama 3.3 70b:p", q=True)
r("hn", "In our support-deflection test, ranked by tickets closed without a human: GPT-4.1 mini first, Llama 4 Maverick a surprisingly close second, Kimi K2 third because it kept escalating simple refund questions, and Mistral Medium 3 last.",
  "GPT-4.1 mini:p", "Llama 4 Maverick:p", "Kimi K2:n", "Mistral Medium 3:n")
r("bm", "For the Korean subset, the finishing order was EXAONE 4.0, then Qwen3-235B, then GPT-4.1, then Gemma 3 27B. The gap between first and last is eleven points, and the top two are the only ones we would ship for Korean customers.",
  "EXAONE 4.0:p", "Qwen3-235B:p", "GPT-4.1:u", "Gemma 3 27B:n")
r("nw", "Researchers compared Llama 3.1 70B, Qwen2.5-72B and DeepSeek-V3 on clinical note summarisation and reported no meaningful difference between them, cautioning that all three made omissions a physician would catch.",
  "Llama 3.1 70B:u", "Qwen2.5-72B:u", "DeepSeek-V3:u")

PH = "yardstick"
r("hn", "Llama 3.1 70B is still the model every open release measures itself against, and a surprising number still lose to it once you leave the launch charts. Three of the five we tested this month did.",
  "Llama 3.1 70B:p", s=True)
r("bm", "We kept DeepSeek-R1 as the open reasoning baseline this quarter. Kimi K2 Thinking clears it on agentic tasks but falls short on pure math, where R1 is still ahead by six points on AIME 2025 in our reruns.",
  "DeepSeek-R1:u", "Kimi K2 Thinking:u")
r("bl", "Because most readers run it already, Llama 3.3 70B is our reference for local models. Gemma 3 27B came within two points of it at less than half the memory, and Phi-4 fell short by nine, which is about what you would expect from a 14B model.",
  "Llama 3.3 70B:u", "Gemma 3 27B:p", "Phi-4:n")
r("rd", "everyone measures against claude for coding but for my actual work (pandas, sql, nothing fancy) kimi k2 falls short of even gpt-4.1, let alone claude. the hype is overblown",
  "claude:p", "kimi k2:n", "gpt-4.1:p", q=True)

PH = "on_par"
r("bm", "On the 400-item grounding set, Llama 4 Maverick and GPT-4o finished within 0.6 points of each other, which is inside our confidence interval. We report them as tied and would pick on hosting cost.",
  "Llama 4 Maverick:u", "GPT-4o:u")
r("hn", "The release post says DeepSeek V3.2 matches GPT-5 on reasoning. In our runs it matches GPT-5 minimal, which is a different claim, and it falls a good eight points behind GPT-5 at high effort.",
  "DeepSeek V3.2:n", "GPT-5:p")
r("nw", "Moonshot described Kimi K2 as on par with leading proprietary models on coding; independent testers found it comparable on short tasks but noticeably weaker on multi-hour agent runs.",
  "Kimi K2:n", s=True)
r("rd", "genuinely can't tell llama 3.3 70b and qwen2.5 72b apart for my summarization pipeline, ran 500 docs through both, graders split 50/50. go with whichever license your legal team hates less",
  "llama 3.3 70b:u", "qwen2.5 72b:u", q=True)

PH = "price_comparison"
r("bl", "Hosting Llama 3.3 70B on our own two A100s worked out to about a quarter of what we were paying for GPT-4o through the API, and for classification and extraction the quality difference was small enough that nobody on the product team noticed the switch.",
  "Llama 3.3 70B:p", "GPT-4o:n")
r("hn", "Kimi K2's per-token price is great until you see how many tokens it spends. Our cost per resolved ticket came out 30% higher than Claude Haiku 4.5, which also resolved more tickets. Cheap on the price sheet, not cheap on the invoice.",
  "Kimi K2:n", "Claude Haiku 4.5:p")
r("nw", "The analysis firm's price/performance chart places DeepSeek V3.2 and GLM-4.6 in the best-value corner, with Claude Opus 4.1 and GPT-5 Pro at the opposite extreme; the firm noted that the expensive pair still posted the highest raw scores.",
  "DeepSeek V3.2:p", "GLM-4.6:p", "Claude Opus 4.1:u", "GPT-5 Pro:u")
r("rd", "deepseek's api is cheap on paper but with the off-peak discount gone and the random 503s i ended up spending more on retries than i would on gemini 2.5 flash, which just works",
  "deepseek:n", "gemini 2.5 flash:p", q=True)
r("bm", "Price per 1,000 graded answers on our summarisation suite: Llama 3.1 8B self-hosted $0.09, GPT-4o-mini $0.41, Claude 3.5 Haiku $1.60. The first two scored within a point; Haiku scored four points higher.",
  "Llama 3.1 8B:p", "GPT-4o-mini:u", "Claude 3.5 Haiku:u")

PH = "version_comparison"
r("bm", "Kimi K2-0905 against the July K2 on our function-calling suite: malformed calls went up from 2.8% to 4.9%, and the longer context did nothing for the tasks we care about. For tool use this update is a regression.",
  "Kimi K2-0905:n", s=True)
r("hn", "Llama 3.1 to Llama 3.3 at 70B is the upgrade I point to when people say Meta can't ship: same size, same license, eight points better on our instruction set, and it fits the hardware we already had.",
  "Llama 3.1:n", "Llama 3.3:p")
r("rd", "deepseek v3.1 terminus vs v3.1 og: they fixed the random chinese characters, sure, but it got slower and the creative writing got way more generic. sidegrade at best",
  "deepseek v3.1 terminus:u", "v3.1 og:u", q=True)
r("nw", "Google said Gemma 3 improves substantially over Gemma 2 on multilingual and vision benchmarks, and reviewers who ran their own tests largely agreed with the company's figures.",
  "Gemma 3:p", "Gemma 2:n")
r("bl", "Going from Qwen2.5-Coder-32B to Qwen3-Coder-30B-A3B was a wash for autocomplete and a loss for longer edits in our editor plugin. The MoE model is faster, but it misreads the surrounding code far more often.",
  "Qwen2.5-Coder-32B:p", "Qwen3-Coder-30B-A3B:n")
r("hn", "ChatGPT's switch from GPT-4o to GPT-5 as the default was sold as an upgrade; the complaints thread in our company Slack ran to three hundred messages in two days, almost all about tone and lost context.",
  "GPT-4o:u", "GPT-5:n")

PH = "benchmark_numbers"
r("bm", "GLM-4.5 looked strong on the public charts, but on our held-out agent tasks, written after its release so they cannot have leaked, it solved 38% against 52% for Claude Sonnet 4 and 49% for GPT-5 mini.",
  "GLM-4.5:n", "Claude Sonnet 4:p", "GPT-5 mini:p")
r("nw", "The evaluation group's quarterly report found Mistral Medium 3.1 answering 83% of its enterprise document questions correctly, three points ahead of Gemini 2.5 Flash and level with GPT-4.1, at a lower price than either.",
  "Mistral Medium 3.1:p", "Gemini 2.5 Flash:n", "GPT-4.1:u")
r("hn", "The 'lower is better' column is the interesting one: Claude Opus 4.5 used 48% fewer output tokens than Gemini 3 Pro to reach an identical pass rate in our runs, which on a monthly bill is the whole story.",
  "Claude Opus 4.5:p", "Gemini 3 Pro:n")
r("bl", "Our accessibility audit asked each model to write alt text for 500 product images. Two graders marked Nova Pro's descriptions as usable 88% of the time and Pixtral Large's 79%, with GPT-4o in between at 84%.",
  "Nova Pro:p", "Pixtral Large:n", "GPT-4o:u")
r("rd", "ran the new mistral small 3.2 on my 3060 against qwen3 14b for a week of actual homework help. mistral got the calc problems right 41/50, qwen 35/50, and mistral was faster too. didn't expect that",
  "mistral small 3.2:p", "qwen3 14b:n", q=True)
r("bm", "Grok 4 finished 64% of the spreadsheet-repair tasks in our harness; o3 finished 71%. The gap narrows at high effort, but it never closes, and Grok's runs cost about 40% more.",
  "Grok 4:n", "o3:p")
r("nw", "In a test of translation into twelve African languages, the researchers found Gemini 2.5 Pro scoring highest, NLLB-based systems second, and GPT-4o trailing on nine of the twelve, a result they attributed to training data rather than model size.",
  "Gemini 2.5 Pro:p", "GPT-4o:n")

PH = "leaderboard"
r("bm", "GLM-4.6 held first place on our frontend board for exactly eleven days. Gemini 3 Pro took it, MiniMax M2 moved into second, and GLM slipped to fourth behind Claude Sonnet 4.5.",
  "GLM-4.6:n", "Gemini 3 Pro:p", "MiniMax M2:p", "Claude Sonnet 4.5:u")
r("hn", "The leaderboard says Grok 4.1 Fast is a top-five model at a bottom-five price. In three weeks of using it for code review I found it about as good as it claims, which is a sentence I rarely get to write about any launch chart.",
  "Grok 4.1 Fast:p", s=True)
r("nw", "Amazon's Nova Premier entered the enterprise leaderboard in twelfth place, behind every other frontier model and two open-weight ones, prompting the company to say the list does not reflect the workloads its customers run.",
  "Nova Premier:n", s=True)
r("rd", "can we talk about how magistral medium is 30 spots below r1 on livebench and mistral still calls it 'frontier reasoning'. nice model for europe's data rules, not frontier",
  "magistral medium:n", "r1:p", q=True)
r("bm", "On the Vietnamese and Thai subsets of our board, SeaLLM-style fine-tunes of Qwen2.5 rank above both GPT-4o and Llama 3.1 70B, while on English they drop to the bottom third.",
  "Qwen2.5:u", "GPT-4o:u", "Llama 3.1 70B:u")

PH = "multi_model_ranking"
r("hn", "We ranked our four agent backends by how often a human had to intervene: Claude Sonnet 4.5 about once per hundred steps, GPT-5 twice, GLM-4.6 five times, and Llama 4 Maverick so often we stopped the run after a day.",
  "Claude Sonnet 4.5:p", "GPT-5:p", "GLM-4.6:n", "Llama 4 Maverick:n")
r("bl", "In the end it came down to three: Gemini 2.5 Flash for speed, Mistral Medium 3 for data residency, and GPT-4.1 for accuracy. We could not pick a single winner, so the router now uses all three depending on the request.",
  "Gemini 2.5 Flash:p", "Mistral Medium 3:p", "GPT-4.1:p")
r("nw", "The consumer group's test of five assistants on health questions rated ChatGPT and Gemini as generally reliable, flagged Grok for confidently wrong dosing advice, and found Meta AI too vague to be useful in most cases.",
  "ChatGPT:p", "Gemini:p", "Grok:n", "Meta AI:n")
r("rd", "my personal ranking after 6 months of local: qwen3 30b a3b for speed, gemma 3 27b for writing, gpt-oss 20b for nothing really, it refuses half my prompts and hallucinates the other half",
  "qwen3 30b a3b:p", "gemma 3 27b:p", "gpt-oss 20b:n", q=True)
r("bm", "Ranking the open coders by cost-adjusted pass rate gives MiniMax M2 first, DeepSeek V3.2 second and GLM-4.6 third; ranking them by raw pass rate reverses the first and last places. We report both and endorse neither.",
  "MiniMax M2:u", "DeepSeek V3.2:u", "GLM-4.6:u")

PH = "yardstick"
r("bl", "Anthropic's Claude Sonnet 4 is our comparison point because it is what most of our readers already pay for. Devstral Medium reached 85% of its agent-task score for one fifth of the cost: the best budget pick we have tested this year.",
  "Claude Sonnet 4:n", "Devstral Medium:p")
r("hn", "Gemini 2.5 Flash is the yardstick for cheap multimodal, and both Nova Lite and Llama 4 Scout fell short of it on our chart-reading set by over ten points. Neither is worth a migration.",
  "Gemini 2.5 Flash:p", "Nova Lite:n", "Llama 4 Scout:n")
r("bm", "Using GPT-4.1 as the reference for long instructions, Mistral Large 2.1 scores 96 relative to its 100, Command A 91 and Qwen2.5-72B 89. All three are usable; none is better.",
  "GPT-4.1:u", "Mistral Large 2.1:u", "Command A:u", "Qwen2.5-72B:u")

PH = "on_par"
r("nw", "Zhipu says GLM-4.6 is on par with Claude Sonnet 4 on real-world coding. In the company's own head-to-head, though, GLM won 48.6% of the tasks, which is to say it lost slightly more than half.",
  "GLM-4.6:n", "Claude Sonnet 4:p")
r("bm", "o4-mini and Gemini 2.5 Flash post identical scores on our chart-reading set, 78.0 each. The tie holds across seeds, so we treat them as interchangeable for that task and choose by region availability.",
  "o4-mini:u", "Gemini 2.5 Flash:u")
r("rd", "tbh for my discord bot nova micro and gemini flash-lite are the same thing, i've swapped between them four times and nobody in the server has noticed once",
  "nova micro:u", "gemini flash-lite:u", q=True)

PH = "price_comparison"
r("hn", "Mistral Medium 3 costs about a fifth of what we paid for Claude Sonnet 3.7 and gave us roughly the same support-ticket quality. Finance was thrilled; the only thing we lost was a bit of personality in the replies.",
  "Mistral Medium 3:p", "Claude Sonnet 3.7:n")
r("nw", "At launch, Grok 4 was priced in line with Claude Sonnet 4 per token, but its heavy reasoning made typical requests several times more expensive, analysts said, and early enterprise pilots stalled over the bills.",
  "Grok 4:n", "Claude Sonnet 4:u")
r("bm", "Per successful agent episode we measured $0.21 for GLM-4.6, $0.34 for Kimi K2 and $1.05 for Claude Sonnet 4.5. Success rates were 61%, 58% and 70%, so the premium buys nine points over the cheapest option.",
  "GLM-4.6:u", "Kimi K2:u", "Claude Sonnet 4.5:u")
r("rd", "gpt-5 mini is half the price of haiku 4.5 and for my scraping scripts it's exactly as good, the haiku hype is just people who only use claude",
  "gpt-5 mini:p", "haiku 4.5:n", q=True)

PH = "version_comparison"
r("bm", "GLM-4.5-Air against the full GLM-4.5: nine points lower on our agent suite and six on coding. With a quarter as many active parameters that is a respectable trade, but it is a different tier, not a cheaper copy.",
  "GLM-4.5-Air:n", s=True)
r("hn", "Gemini 2.0 Flash to 2.5 Flash was the biggest same-tier jump I've seen from Google. Our extraction error rate dropped from 9% to 2.8% without touching a prompt.",
  "Gemini 2.0 Flash:n", "2.5 Flash:p")
r("nw", "Microsoft said Phi-4-mini-flash-reasoning generates answers up to ten times faster than Phi-4-mini-reasoning on long outputs, while matching it on the math benchmarks in the release.",
  "Phi-4-mini-flash-reasoning:p", "Phi-4-mini-reasoning:u")
r("rd", "sonnet 4 was the sweet spot for me, 4.5 is smarter on paper but it ignores my claude.md rules way more often. going back",
  "sonnet 4:p", "4.5:n", q=True)
r("bl", "We expected GPT-5.2 to be a minor point release over GPT-5.1. On our research-synthesis set it was not: citation errors fell by half and the summaries got shorter without losing the key findings.",
  "GPT-5.2:p", "GPT-5.1:n")

PH = "benchmark_numbers"
r("hn", "Sonnet 4.5 scored 61% on our data-pipeline tasks and GPT-5.1-Codex scored 68%, with the gap coming almost entirely from Sonnet giving up early on long migrations and declaring the job done when half the tables were still untouched.",
  "Sonnet 4.5:n", "GPT-5.1-Codex:p")
r("bm", "MiniMax M2 is fast, but on our 150-task terminal suite it completed 39% against 51% for DeepSeek V3.2, and it failed more than twice as often on tasks that needed more than twenty shell commands.",
  "MiniMax M2:n", "DeepSeek V3.2:p")
r("rd", "sonnet 4 at 44% on my private swe tasks vs gemini 2.5 pro at 49%, everyone told me claude would crush it for coding and it just didn't on my codebase",
  "sonnet 4:n", "gemini 2.5 pro:p", q=True)

PH = "multi_model_ranking"
r("bl", "For long-form research reports our editors ranked Gemini 3 Pro first, GPT-5.1 second and Sonnet 4.5 last of the three: solid prose, but it cited fewer primary sources and twice made up a statistic we could not trace anywhere.",
  "Gemini 3 Pro:p", "GPT-5.1:u", "Sonnet 4.5:n")
r("nw", "The comparison by a developer-tools startup put MiniMax M2 behind both Qwen3-Coder and Kimi K2 on multi-file refactoring, though it was the quickest of the three to return a first answer.",
  "MiniMax M2:n", "Qwen3-Coder:p", "Kimi K2:p")

PH = "price_comparison"
r("hn", "Sonnet 3.5 was priced like a premium model and, next to DeepSeek V3, which costs a fraction as much, it stopped looking premium on our benchmark: same pass rate on the easy tier, one point on the hard one. We moved the bulk jobs over.",
  "Sonnet 3.5:n", "DeepSeek V3:p")
r("bm", "MiniMax-M1 is cheap per token, but its 80K thinking budget means a typical task costs more than running Qwen3-235B-A22B, which also scored four points higher on our reasoning set.",
  "MiniMax-M1:n", "Qwen3-235B-A22B:p")

PH = "on_par"
r("bm", "Sonnet 4.6 and GPT-5.4 finished level on our mixed agent suite, 66.2 against 66.5, and the per-task cost was within a few cents as well. For this workload there is no wrong choice.",
  "Sonnet 4.6:u", "GPT-5.4:u")
r("rd", "so minimax m2.1 is about as good as glm 4.6 for my coding stuff, faster but not smarter, pretty much a coin flip which one i use on a given day",
  "minimax m2.1:u", "glm 4.6:u", q=True)

PH = "version_comparison"
r("bl", "Sonnet 3.7 was a regression from Sonnet 3.5 for the way our team works: it rewrites code outside the task, adds features nobody requested, and takes three times as long to review.",
  "Sonnet 3.7:n", "Sonnet 3.5:p")
r("nw", "Set against MiniMax M2, the new MiniMax M2.1 improves on every multilingual coding benchmark the company published, and early users on developer forums reported noticeably fewer broken edits in languages other than Python.",
  "MiniMax M2:n", "MiniMax M2.1:p")

# ---------------------------------------------------------------- generation + checks
family = regex_family([
    ("openai", r"gpt|\bo1|\bo3|\bo4|chatgpt|codex|4o\b|copilot"),
    ("anthropic", r"claude|opus|sonnet|haiku"),
    ("google", r"gemini|gemma|flash"),
    ("meta", r"llama|meta ai"),
    ("xai", r"grok"),
    ("deepseek", r"deepseek|\br1\b|r1-0528|r1 distill|\bv3"),
    ("alibaba", r"qwen|qwq"),
    ("mistral", r"mistral|codestral|devstral|magistral|pixtral"),
    ("moonshot", r"kimi|\bk2"),
    ("zhipu", r"glm"),
    ("minimax", r"minimax"),
    ("microsoft", r"phi"),
    ("cohere", r"command"),
    ("amazon", r"nova"),
    ("nvidia", r"nemotron"),
    ("baidu", r"ernie"),
    ("tencent", r"hunyuan"),
    ("ibm", r"granite"),
])


def main():
    rows, problems = entry_rows(ENTRIES)
    write_tsv(os.path.join(os.path.dirname(os.path.abspath(__file__)), "benchmark_writeups.tsv"), rows)
    report(rows, problems, family, balance=True)


if __name__ == "__main__":
    main()
