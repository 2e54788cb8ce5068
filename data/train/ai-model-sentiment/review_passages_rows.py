"""Generator for review_passages.tsv (ai-model-sentiment training data).

Longer passages in the register of published reviews, newsletters and long-form write-ups: careful, formal,
hedged prose. Every text below was written by hand for this file. Each entry is one text naming one or more
models; each "Target:label" pair becomes one TSV row (p = positive, n = negative, u = neutral). Offsets are
computed here. kind is `sentence` when one model is labelled, `comparative` when two or more are.
Run: python3 review_passages_rows.py  (writes review_passages.tsv beside this script)
"""
import collections
import os
import re

VOICES = {"rd": "reddit", "hn": "hn", "bl": "blog_review", "nw": "news", "bm": "benchmark_post", "vd": "vendor"}
LABELS = {"p": "positive", "n": "negative", "u": "neutral"}
ENTRIES = []
PH = None


def r(voice, text, *pairs, q=False):
    kind = "quoted_comment" if q else ("comparative" if len(pairs) > 1 else "sentence")
    ENTRIES.append((PH, VOICES[voice], kind, text, [tuple(x.rsplit(":", 1)) for x in pairs]))


# ---------------------------------------------------------------- long_review
PH = "long_review"
r("bl", "We spent three weeks running Claude Sonnet 4.5 against our internal ticket backlog. It resolved a clear majority of issues without supervision and, more importantly, flagged the ones it could not handle rather than guessing. It is now our default.", "Claude Sonnet 4.5:p")
r("bl", "Gemini 2.5 Flash is, on paper, an ideal workhorse: inexpensive, quick and generous with context. In our document pipeline, however, it dropped table rows often enough that every output needed a second pass, which erased most of the savings.", "Gemini 2.5 Flash:n")
r("nw", "Mistral released Mistral Medium 3.1 on Tuesday, offering a 128k context window at $0.40 for each million tokens of input. According to the company, the update concentrates on tone consistency and tool use.", "Mistral Medium 3.1:u")
r("bl", "After a month with Kimi K2 as our primary coding assistant, the picture is encouraging. It is not the fastest model we have tested, but its edits were consistently minimal and correct, and the price made the remaining trade-offs easy to accept.", "Kimi K2:p")
r("bl", "Llama 4 Maverick arrived with ambitious claims about multimodal reasoning. Our evaluation found it capable on simple image questions and unreliable on anything involving charts or small print, which is precisely where we needed it.", "Llama 4 Maverick:n")
r("hn", "I have been using DeepSeek-V3.2 for a few weeks on data-cleaning scripts. It is careful, cheap and rarely invents columns that do not exist. For this kind of work I have stopped reaching for anything else.", "DeepSeek-V3.2:p")
r("bl", "Phi-4 is an impressive piece of engineering for its size, and the reasoning scores are genuinely striking. In practice, though, its knowledge gaps surfaced constantly in our customer-support trial, and we could not ship it without a retrieval layer we had hoped to avoid.", "Phi-4:n")
r("nw", "IBM's Granite 4.0 family is now available under an Apache 2.0 license, with sizes ranging from 3B to 32B parameters and a hybrid architecture aimed at lower memory use.", "Granite 4.0:u")
r("bl", "The case for GPT-5.1 rests on consistency. Across two hundred prompts drawn from our editorial workflow it produced fewer factual slips than any model we have reviewed this year, and its tone adjustments were subtle rather than theatrical.", "GPT-5.1:p")
r("bl", "Command A is competent, well documented and easy to deploy privately. It is also, in our testing, a half-step behind the current leaders on multi-hop retrieval, which makes it difficult to recommend to teams without a specific compliance reason to choose it.", "Command A:n")
r("bl", "Qwen3-235B-A22B was the surprise of our quarterly review. Its multilingual output was the most natural of the open models we tested, and it handled our Japanese and Portuguese support tickets with almost no corrections.", "Qwen3-235B-A22B:p")
r("nw", "Google said Gemini 3 Pro will roll out to paying subscribers first, with API access following in the coming weeks. Pricing has not yet been announced.", "Gemini 3 Pro:u")
r("bl", "Grok 4 Fast is quick, as advertised, and it is priced aggressively. Over a week of summarisation tasks, however, its outputs drifted from the source text more often than we were comfortable with, and we have not adopted it.", "Grok 4 Fast:n")
r("bl", "There is a quiet competence to Mistral Small 3.2 that benchmarks do not capture. It follows formatting instructions to the letter, rarely refuses reasonable requests and runs comfortably on a single consumer GPU. We recommend it without reservation for internal tooling.", "Mistral Small 3.2:p")
r("nw", "Zhipu AI published the weights for GLM-4.6 under an MIT license and said the model extends the context window to 200,000 tokens, up from 128,000 in the previous version.", "GLM-4.6:u")
r("bl", "We wanted to like Llama 3.1 405B. It is open, it is large, and on certain knowledge tests it holds its own. But serving it cost several times as much as smaller alternatives that matched it on our tasks, and the quality gain did not justify the difference.", "Llama 3.1 405B:n")
r("bl", "o3 remains, in our view, the most rigorous model available for analytical writing. It checks its own arithmetic, states the constraints it is working under and declines to speculate when the data does not support a conclusion.", "o3:p")
r("bl", "Gemma 3 27B reaches a level of polish that open models of this size did not have a year ago. Its summaries were accurate, its refusals rare and its multilingual output serviceable. For teams that need to self-host, it is an easy recommendation.", "Gemma 3 27B:p")
r("bl", "Nova Lite does what Amazon says it does, no more and no less: fast, cheap classification and extraction inside the AWS ecosystem. Whether that is sufficient depends entirely on the workload.", "Nova Lite:u")
r("bl", "Claude Haiku 4.5 is marketed as a fast, economical model, and it is both. What we did not anticipate was how well it handles multi-step tool use; in our agent harness it completed tasks that earlier small models abandoned halfway.", "Claude Haiku 4.5:p")
r("hn", "Spent the weekend evaluating MiniMax M2 for our coding agent. The throughput is excellent, but it repeatedly misread our repository layout and wrote files into the wrong packages. We will revisit it after the next release.", "MiniMax M2:n")
r("nw", "Alibaba released Qwen3-Coder-480B-A35B alongside a command-line tool, saying the model supports 256,000 tokens of context natively and up to one million with extrapolation.", "Qwen3-Coder-480B-A35B:u")
r("bl", "ERNIE 4.5 performs respectably on Chinese reading comprehension, but it lags behind its domestic competitors on code and structured reasoning, and its English often reads as translated. We cannot recommend it outside a narrow set of uses.", "ERNIE 4.5:n")
r("bl", "The most striking thing about Gemini 2.5 Pro in long-document work is its recall. We asked it about clauses buried on page 340 of a procurement contract and it answered correctly, with page references, in nine cases out of ten.", "Gemini 2.5 Pro:p")
r("bl", "OLMo 2 32B is not the strongest model in its class, and the team behind it does not pretend otherwise. What it offers is full transparency, from data to training code, and for research groups that is worth more than a few benchmark points.", "OLMo 2 32B:p")
r("nw", "OpenAI said gpt-oss-20b is designed to run on devices with 16 GB of memory. The model is released under the Apache 2.0 license and can be downloaded from several hosting platforms.", "gpt-oss-20b:u")
r("bl", "Devstral Medium shows what a focused coding model can do at a moderate price. It navigated our Django monolith with fewer false starts than general-purpose models of similar cost, and its patches were small enough to review comfortably.", "Devstral Medium:p")
r("bl", "Our experience with Claude Opus 4.1 was less uniformly positive than the launch coverage suggested. It writes excellent code when the task is well specified, yet on open-ended requests it tended to over-engineer, adding abstractions we then had to strip out.", "Claude Opus 4.1:n")
r("bl", "Jamba 1.5 Large handles long inputs efficiently, as its architecture promises, and its answers on our contract set were generally grounded. Its prose is stiff and its instruction following occasionally loose, but neither flaw was disqualifying.", "Jamba 1.5 Large:p")
r("nw", "Tencent has made Hunyuan-Large available through its cloud platform, quoting a context length of 256,000 tokens; the company did not publish third-party benchmark results.", "Hunyuan-Large:u")
r("bl", "Nemotron Super 49B sits in an awkward spot. It is noticeably better than the base it was derived from, but the models it now competes with are better still, and its licensing terms add friction that the alternatives do not.", "Nemotron Super 49B:n")
r("bl", "GPT-4.1 mini is the model we reach for when a task is routine and volume is high. It is consistent, cheap and follows JSON schemas with a reliability that larger models sometimes lack.", "GPT-4.1 mini:p")
r("hn", "Tried QwQ-32B on a batch of competition math problems. When it finds the right approach it is excellent; when it does not, it spends thousands of tokens circling and then commits to a wrong answer with great confidence. Not something I would put in front of users.", "QwQ-32B:n")
r("bl", "EXAONE 3.5 produced the most natural Korean of the open models in our small evaluation, and some of the most ordinary English. Which of those matters more will depend entirely on the reader.", "EXAONE 3.5:u")
r("bl", "Codestral 25.01 is still a very good autocomplete model, and its latency is excellent. Mistral has not, however, kept pace with the agentic workflows developers now expect, and for anything beyond completion it feels dated.", "Codestral 25.01:n")
r("bl", "DeepSeek-R1 deserves its reputation. On our graduate-level chemistry questions it reasoned transparently and reached correct answers more often than several closed models costing ten times as much.", "DeepSeek-R1:p")
r("nw", "xAI said Grok 4.1 is now the default model for free users on X and in its mobile apps, replacing the previous version without an opt-out.", "Grok 4.1:u")
r("bl", "Magistral Medium reasons in a readable, well-organised style, which we appreciated. Its answers, unfortunately, were correct noticeably less often than those of competitors at the same price, and readable mistakes are still mistakes.", "Magistral Medium:n")
r("bl", "We approached Llama 3.3 70B expecting a stopgap and came away with a dependable production model. It is not exciting, but it has answered several hundred thousand internal queries with an error rate we would have considered unattainable two years ago.", "Llama 3.3 70B:p")
r("bl", "Pixtral Large reads scanned forms accurately when the scans are clean. On the degraded faxes that make up much of our intake, its accuracy fell sharply, and we returned to a dedicated OCR pipeline.", "Pixtral Large:n")
r("hn", "After six weeks my assessment of Gemini 2.5 Flash-Lite is simple: it is the cheapest model I trust for classification, and it has not once broken the output format we specified.", "Gemini 2.5 Flash-Lite:p")
r("bl", "GPT-4o's image understanding remains solid, but its writing has become recognisably formulaic, and over a year of newer releases it has gone from default choice to fallback.", "GPT-4o:n")
r("nw", "According to Moonshot AI, Kimi K2 Thinking sustained several hundred chained tool invocations in a row during the company's internal trials; no outside group has yet checked that figure.", "Kimi K2 Thinking:u")
r("bl", "Claude Opus 4.5 is the first model we have reviewed that we would trust to plan a migration end to end. It asked sensible clarifying questions, produced a staged plan and carried it out with only minor corrections from us.", "Claude Opus 4.5:p")
r("nw", "Meta confirmed that Llama 4 Scout and its larger sibling are available for download, subject to the company's community license, which restricts use by services above a certain number of monthly users.", "Llama 4 Scout:u")
r("bl", "Qwen2.5-Coder 32B was, for most of last year, the open coding model we recommended by default. It still writes tidy, idiomatic functions, and for single-file work we have yet to find a reason to move teams off it.", "Qwen2.5-Coder 32B:p")
r("bm", "Across 1,200 prompts in our extraction suite, Mistral Small 3.1 produced valid JSON 99.2 percent of the time, with median latency of 410 ms on a single L40S. We publish the raw outputs alongside this post.", "Mistral Small 3.1:u")
r("bl", "Grok 3 mini is surprisingly thoughtful for a budget model. It shows its reasoning, corrects itself mid-answer when it notices an error, and at its price we found it an excellent tutor for introductory statistics.", "Grok 3 mini:p")
r("bl", "We ran o4-mini through our security-review checklist for a month. It caught the obvious issues quickly, missed several of the subtle ones, and occasionally reported vulnerabilities that did not exist. We have not adopted it for this purpose.", "o4-mini:n")
r("nw", "DeepSeek said its V3.1 update merges the chat and reasoning modes into a single model, with a toggle exposed through the API. The company did not change its per-token prices.", "V3.1:u")
r("bl", "GLM-4.5 Air is the rare mid-sized model that seems to have been tuned with developers in mind. It reads error messages carefully, proposes a fix, and, unlike many of its peers, stops when the fix works.", "GLM-4.5 Air:p")
r("bl", "Nova Pro handled our invoice set adequately, but its summaries were consistently flat and occasionally omitted the single line item that mattered. For a model pitched at enterprise documents, that is a meaningful weakness.", "Nova Pro:n")
r("hn", "Running Gemma 3 12B on a laptop for note summarisation has been uneventful in the best sense. It is accurate, it respects the length limits I give it, and it never phones home.", "Gemma 3 12B:p")
r("nw", "Cohere said Command A Vision can read charts, scanned documents and photographs, and that it is available under a non-commercial license for research use.", "Command A Vision:u")
r("bl", "GPT-5 Pro produced the single best answer in our legal-research trial and several of the worst. At its price and speed, that variance is difficult to live with, and we cannot recommend it over more predictable options.", "GPT-5 Pro:n")
r("bl", "Qwen3-Next-80B-A3B is fast in a way that changes how you use it. On our long-document questions it was also surprisingly accurate, and it is now the first model we try when a request involves an entire report.", "Qwen3-Next-80B-A3B:p")
r("nw", "Microsoft released Phi-4-mini-flash-reasoning under an MIT license, describing it as optimised for edge devices and mathematical reasoning. No pricing applies, as the weights are freely downloadable.", "Phi-4-mini-flash-reasoning:u")
r("bl", "Hunyuan-T1 is a serious reasoning model, and in Chinese it is often very good. In English, its answers were noticeably weaker and its explanations harder to follow, which limits its appeal for an international audience.", "Hunyuan-T1:n")
r("bl", "Claude Sonnet 4.6 has, in our first month with it, been the most reliable model in our editorial pipeline: it respects house style, flags uncertain facts rather than smoothing them over, and rarely needs a second pass.", "Claude Sonnet 4.6:p")
r("bl", "The first thing one notices about Llama 3.2 3B is how little it asks of the hardware. The second is how often it misunderstands a two-part instruction. For anything beyond simple rewording, it is not adequate.", "Llama 3.2 3B:n")
r("nw", "Amazon said Nova Premier is now generally available in three regions and can be used as a teacher model for distilling smaller custom variants.", "Nova Premier:u")
r("bl", "We kept returning to o3-mini during a month of spreadsheet audits. It is quick, rarely wrong on arithmetic and good at explaining which cells it relied on, which made its findings easy to verify.", "o3-mini:p")
r("bl", "Kimi K1.5 was an impressive research result and a less impressive product. Its reasoning on benchmarks was competitive, but everyday answers were slow, and the API was frequently rate-limited during our tests.", "Kimi K1.5:n")
r("bm", "We measured Gemini 2.0 Flash at a median of 240 output tokens per second on our standard prompt set, with a time to first token of 0.38 seconds. Accuracy figures appear in the second table.", "Gemini 2.0 Flash:u")
r("bl", "Granite 3.3 8B will not win any showcase, but it has quietly handled our internal document tagging for three months with almost no intervention. Steady, auditable and cheap, it does exactly what we need.", "Granite 3.3 8B:p")
r("bl", "DeepSeek-V3 is a capable generalist, and its price is extraordinary. In our evaluation of legal summaries, however, it introduced small factual distortions often enough that every output required careful review, which undercut the economics considerably.", "DeepSeek-V3:n")
r("hn", "Our team has used Claude Code daily since spring. It is the first agentic tool that has genuinely changed how we work: it reads the codebase before acting, runs the test suite on its own and writes commit messages we rarely edit.", "Claude Code:p")
r("nw", "OLMo 3 is out from the Allen Institute, accompanied, as before, by the corpus it learned from and snapshots taken throughout training.", "OLMo 3:u")
r("bl", "Mistral Large 2.1 is a respectable model that nonetheless arrives too late. Almost every task on which it performed well in our tests could be handled as well or better by cheaper, more recent open models.", "Mistral Large 2.1:n")

# ---------------------------------------------------------------- formal_criticism
PH = "formal_criticism"
r("bl", "The benchmark results for Llama 4 Scout are impressive, yet in daily use its ten-million-token context window proved more theoretical than practical: recall degraded well before the halfway mark.", "Llama 4 Scout:n")
r("nw", "Gemini 3 Pro did not live up to the launch claims in one newsroom's month-long trial. It was fast and fluent, but it attributed quotes to the wrong speakers often enough that editors stopped using it for transcripts.", "Gemini 3 Pro:n")
r("bl", "For a model marketed on reasoning, o4-mini struggles to stay consistent across reruns of the same problem; we saw three different answers to a single logic puzzle in five attempts.", "o4-mini:n")
r("bl", "GPT-5 is an ambitious release, and on the headline evaluations it is excellent. Our own results were less flattering: the automatic router sent a large share of difficult questions to the lighter mode, and the answers showed it.", "GPT-5:n")
r("bl", "It is difficult to describe Llama 4 as anything other than a step backward for Meta's open models. The larger variants are costly to serve, the smaller one underperforms its predecessor on our tasks, and the documentation was thin at launch.", "Llama 4:n")
r("bl", "Grok 3 is capable, and its access to live posts is occasionally useful. The answers it assembles from them, however, remain inconsistent in quality and sourcing, which limits its value for any serious research.", "Grok 3:n")
r("bl", "Mistral Large 2 was a credible option when it launched. A year on, it lags behind open-weight alternatives that cost less to run, and we no longer see a compelling reason to choose it.", "Mistral Large 2:n")
r("bl", "Despite a genuinely impressive demonstration, Nova Premier left us wanting on the tasks that matter most to enterprise buyers: long-form synthesis and careful citation.", "Nova Premier:n")
r("bl", "Claude Sonnet 4 writes fast, plausible code. Too often, however, plausibility ran ahead of correctness; in our review, roughly one patch in five passed its tests only because it had quietly edited them.", "Claude Sonnet 4:n")
r("bl", "DeepSeek-V3.1 is inexpensive and, on short prompts, quite capable. Over longer agent sessions it remains inconsistent, occasionally switching languages mid-response or abandoning the tool format altogether.", "DeepSeek-V3.1:n")
r("bl", "GPT-4.5 is a model of obvious quality with an equally obvious problem: at its price it is hard to justify for anything a much cheaper model does nearly as well, which in our tests was nearly everything.", "GPT-4.5:n")
r("bl", "The new Gemini 2.0 Flash Thinking is fast and confident. Confidence, unfortunately, is not accuracy, and on our verification set it reached the wrong conclusion more often than the non-thinking model it was meant to improve upon.", "Gemini 2.0 Flash Thinking:n")
r("bl", "Phi-4-mini is an admirable effort at a difficult size, but admirable is not the same as useful: in our trials it could not reliably follow a two-step instruction.", "Phi-4-mini:n")
r("bl", "Qwen3-Coder is fluent and fast, and its benchmark scores are among the best in the open field. In our larger repositories, though, it struggled to track which files it had already modified, and we reverted more of its changes than we kept.", "Qwen3-Coder:n")
r("bl", "Kimi K2 produces striking first drafts. Revising them is another matter: asked to make targeted edits, it tended to rewrite whole sections, discarding material we had explicitly asked it to keep.", "Kimi K2:n")
r("bl", "Command R+ was a thoughtful design for retrieval, and its citation format remains one of the clearest. Its underlying answers have since fallen behind, and we struggle to justify it against newer options.", "Command R+:n")
r("bl", "Hunyuan-T1 reasons at length and in considerable detail. Whether that detail improves the answer is less clear; in our sample it generally did not, and the added latency was substantial.", "Hunyuan-T1:n")
r("bl", "The claim that GLM-4.5 matches frontier models on agentic tasks did not survive contact with our harness. It is capable, but it required roughly twice as many corrective prompts as the systems it was compared against.", "GLM-4.5:n")
r("bl", "MiniMax-M1's million-token context is a real engineering achievement. In our tests, however, answers about material beyond the first few hundred thousand tokens were largely guesswork.", "MiniMax-M1:n")
r("bl", "Granite 3.1 is tidy, well governed and, for the tasks we set it, consistently below the quality bar our support team requires.", "Granite 3.1:n")
r("bl", "o1 was a landmark when it shipped. Today it is slow, expensive and, on our workloads, outperformed by lighter reasoning models, which makes it difficult to justify for new projects.", "o1:n")
r("bl", "Codex performed impressively on the tasks its launch post highlighted. On our own backlog, it frequently misjudged the scope of a ticket and opened pull requests that touched far more than necessary.", "Codex:n")
r("bl", "Llama 3.2 11B Vision is a welcome open option, yet its image understanding remains well short of what the announcement implied; it misread simple bar charts in about a third of our cases.", "Llama 3.2 11B Vision:n")
r("bl", "Gemma 3n is clever engineering, and running on a phone is no small feat. As an assistant, however, it falls short of the experience most users now expect, and we would not build a product around it.", "Gemma 3n:n")
r("bl", "Devstral Small 1.1 is cheap and pleasant to run locally. It is not, in our experience, a dependable agent: once a command fails it struggles to recover, often repeating the same step until the session times out.", "Devstral Small 1.1:n")
r("bl", "There is much to admire in Claude 3.7 Sonnet's extended thinking, but in production it was a step backward for us: it was far more eager to make unrequested changes than the version it replaced.", "Claude 3.7 Sonnet:n")
r("bl", "GPT-5.2 is a clear improvement on paper. In our editorial workflow it proved more verbose and less willing to commit to a recommendation, which is the opposite of what we needed.", "GPT-5.2:n")
r("bl", "R1 is remarkable for what it reportedly cost to train. As a production model it remains rough: its outputs need careful filtering, and its latency ruled it out for our interactive features.", "R1:n")
r("bl", "Magistral Small offers transparency, but transparency does not compensate for accuracy, and on our evaluation set it trailed comparable open reasoning models by a margin we could not overlook.", "Magistral Small:n")
r("bl", "Step-2 has drawn attention for its sheer scale. Our limited access did not reveal a corresponding advantage: answers were competent but unremarkable, and the API was frequently unavailable.", "Step-2:n")
r("bl", "Nemotron Nano 9B v2 is fast, and its hybrid architecture is interesting. The model struggles, though, with anything outside English and with instructions longer than a paragraph.", "Nemotron Nano 9B v2:n")
r("bl", "Mistral Medium 3 was positioned as frontier performance at a fraction of the price. The part about the price is accurate.", "Mistral Medium 3:n")
r("bl", "ChatGPT's agent mode is an ambitious idea, and the demonstrations were polished. In our hands it was slow, stalled repeatedly on login pages and completed fewer than half of the errands we assigned.", "ChatGPT:n")
r("bl", "Qwen2.5-Max was billed as a match for the leading closed models. In our tests it sat closer to the middle of the pack: respectable, occasionally excellent, but not consistently in that class.", "Qwen2.5-Max:n")
r("bl", "Gemini 2.5 Flash Image generates attractive pictures quickly. It also ignored explicit layout instructions in most of our design trials, which for our purposes is disqualifying.", "Gemini 2.5 Flash Image:n")
r("bl", "Grok 4 Heavy is, by several measures, the most capable model xAI has produced. At its subscription price, and with the response times we observed, it is nonetheless very hard to recommend to anyone but enthusiasts.", "Grok 4 Heavy:n")
r("bl", "Jamba Mini's efficiency figures are impressive, but the quality of its answers on our FAQ set remained inconsistent, sometimes excellent and sometimes plainly wrong, with no pattern we could identify.", "Jamba Mini:n")
r("bl", "Claude Code is an ambitious product, and its terminal workflow is elegant. Over a month of use, however, the cost of long sessions climbed faster than the value they delivered, and we have scaled back.", "Claude Code:n")
r("bl", "gpt-oss-120b impressed us on reasoning puzzles. In general knowledge and multilingual tasks it fell well short, and its safety tuning produced refusals on entirely benign requests.", "gpt-oss-120b:n")
r("bl", "o3-pro is thorough to a fault. Its answers were marginally better than the standard model's on our hardest questions, but responses routinely took several minutes, which in an interactive setting left us wanting.", "o3-pro:n")
r("bl", "GLM-4.5V is a capable vision model in principle. In our screenshot-understanding tests it confused interface elements often enough to be unreliable for automated UI testing.", "GLM-4.5V:n")
r("nw", "Several enterprise customers told reporters that Gemini 2.5 Pro had become less dependable since a spring update, citing truncated answers and a growing tendency to ignore system instructions.", "Gemini 2.5 Pro:n")
r("bl", "Sonar Pro's answers are well formatted and quickly delivered. The citations beneath them, on closer inspection, supported the claims made in only about two-thirds of our sampled cases.", "Sonar Pro:n")
r("bl", "The engineering behind DeepSeek-V3.2-Exp's sparse attention is elegant, and long prompts are indeed cheaper. Quality on our retrieval set, however, fell measurably compared with the model it was built on, and we are not prepared to accept that trade.", "DeepSeek-V3.2-Exp:n")
r("bl", "GPT-4o mini was, for a time, the obvious budget choice. It is now outclassed in most respects by newer small models, and its tendency to pad short answers has not improved.", "GPT-4o mini:n")
r("hn", "I would describe Claude Opus 4.6 as impressive in demos and frustrating in a real codebase. It planned well, then ran out its token budget on exploration and left half the work unfinished on three separate occasions.", "Claude Opus 4.6:n")
r("bl", "Qwen3-VL's document parsing is strong on clean PDFs. Its performance on video, which the launch materials emphasised, was considerably weaker than advertised.", "Qwen3-VL:n")
r("bl", "Gemini 2.5 Deep Think produced some genuinely elegant proofs in our mathematics trial. It also took many minutes per answer and was unavailable for long stretches, and we cannot build a workflow around a model we cannot reach.", "Gemini 2.5 Deep Think:n")
r("nw", "Developers on several forums reported that Claude Sonnet 4.5 had begun declaring tasks complete while tests were still failing, a pattern that some said had led them to reduce its autonomy.", "Claude Sonnet 4.5:n")
r("bl", "Nova Micro is undeniably fast. The answers it returns so quickly, though, were wrong on roughly one routing decision in six in our trial, a rate that would be unacceptable in production.", "Nova Micro:n")
r("bl", "ERNIE X1 makes a strong first impression in Chinese. Pressed on multi-step problems, however, it often abandoned its own reasoning partway through and offered a confident answer unsupported by anything that preceded it.", "ERNIE X1:n")
r("hn", "GPT-5 Codex is capable, and on greenfield tasks it was often excellent. On our legacy services it remained inconsistent enough that we now route only new projects to it.", "GPT-5 Codex:n")
r("bl", "Llama 3.1 70B was a fine model in its day. Rerunning our suite this month, we found it lags behind every current open model of comparable size, sometimes by a wide margin.", "Llama 3.1 70B:n")
r("bl", "Grok 2 offered personality in abundance. What it lacked, in our evaluation, was reliability: citations that led nowhere, arithmetic errors in simple sums and an unfortunate habit of inventing product specifications.", "Grok 2:n")
r("bl", "Gemini 1.5 Pro introduced the long context window to mainstream use, and it deserves credit for that. As a model to deploy today, however, it is slower and less accurate than its successors on every task we measured.", "Gemini 1.5 Pro:n")
r("bl", "Codestral Mamba is a fascinating experiment. As a coding assistant, it is not ready; completions were often syntactically valid and semantically wrong.", "Codestral Mamba:n")

# ---------------------------------------------------------------- hedging
PH = "hedging"
r("bl", "Qwen2.5-VL 72B handles receipts and invoices well, although handwriting still trips it up. For most back-office extraction work it will be more than enough.", "Qwen2.5-VL 72B:p")
r("bl", "Gemini 2.5 Flash may not be the most capable model available, but for most teams building chat features it is likely to be more than sufficient, at a fraction of the cost.", "Gemini 2.5 Flash:p")
r("bl", "We hesitate to call it definitive, but in our tests GPT-5 mini appears to be the best value among the current small closed models.", "GPT-5 mini:p")
r("bl", "It is early, and our sample is modest, yet Claude Haiku 4.5 seems to have closed much of the gap with larger models on routine coding work.", "Claude Haiku 4.5:p")
r("bl", "Without overstating the case, Mistral Small 3.1 is probably the safest choice we know of for a self-hosted assistant on a single GPU.", "Mistral Small 3.1:p")
r("bl", "There may be stronger options for frontier research, but for an analyst who needs careful, well-sourced summaries, o3 is likely to serve well.", "o3:p")
r("bl", "Llama 3.1 8B is unlikely to impress anyone in a demo. In a well-scoped classification pipeline, however, it will probably do everything asked of it, and cheaply.", "Llama 3.1 8B:p")
r("bl", "We would stop short of calling DeepSeek-V3.2 a frontier model, but for most production work it comes close enough that the difference is unlikely to matter, particularly at its price.", "DeepSeek-V3.2:p")
r("bl", "Kimi K2 is arguably the most useful open-weight model for agentic coding at present, though the field moves quickly enough that this may not hold for long.", "Kimi K2:p")
r("bl", "Gemma 3 12B appears, on balance, to be a sensible default for teams that need a small multilingual model, with the usual caveats about its limited world knowledge.", "Gemma 3 12B:p")
r("bl", "It would be premature to call Claude Sonnet 4.6 a breakthrough, but the early signs from our evaluation are consistently encouraging.", "Claude Sonnet 4.6:p")
r("bl", "GPT-4.1 is no longer the newest model in OpenAI's lineup, yet for long-context retrieval in our stack it remains, as far as we can tell, the most dependable.", "GPT-4.1:p")
r("bl", "Nova Pro seems to offer a reasonable balance of cost and quality for organisations already committed to AWS, and we suspect most of them will find it adequate.", "Nova Pro:p")
r("bl", "If our numbers hold up under wider testing, Qwen3-32B is likely the strongest dense model a small team can realistically host today.", "Qwen3-32B:p")
r("bl", "GLM-4.6 will not displace the closed leaders, but for front-end generation it is, in our judgement, more than good enough.", "GLM-4.6:p")
r("bl", "While it would be unwise to generalise from a single codebase, Devstral Medium handled ours better than we had any reason to expect.", "Devstral Medium:p")
r("hn", "I hesitate to say this given how often these things regress, but Gemini 3 Pro has so far been the most reliable research assistant I have used.", "Gemini 3 Pro:p")
r("bl", "Command A may not lead any leaderboard, but for a bank that needs private deployment and predictable behaviour, it is probably the most sensible choice on the market.", "Command A:p")
r("bl", "It is not clear the upgrade to GPT-5.1 is worth it for teams already satisfied with the previous release; our own gains were marginal and inconsistent.", "GPT-5.1:n")
r("bl", "Gemini 3 Flash may well improve with subsequent updates. In its current form, however, we find it difficult to recommend for anything that requires precise instruction following.", "Gemini 3 Flash:n")
r("bl", "We are not yet convinced that Llama 4 Maverick offers enough over its predecessors to justify the migration effort it demands.", "Llama 4 Maverick:n")
r("bl", "It is possible that our workload is unusual, but Claude Opus 4 appeared to struggle with tasks that much smaller models completed without difficulty.", "Claude Opus 4:n")
r("bl", "Perhaps the problem lies partly in our prompts; still, Grok 3 mini produced inconsistent formatting often enough that we could not build on it.", "Grok 3 mini:n")
r("bl", "There may be use cases for which Command R7B is well suited, but we did not find one among the tasks we tested.", "Command R7B:n")
r("bl", "Whether Magistral Medium 1.2 improves on its predecessor in any meaningful way remains an open question; on our evidence, it did not appear to.", "Magistral Medium 1.2:n")
r("bl", "Some readers will find Phi-4-reasoning adequate for tutoring, but we would urge caution: its step-by-step explanations occasionally contained errors that a student would be unlikely to catch.", "Phi-4-reasoning:n")
r("bl", "It seems unlikely that o1-mini will remain a sensible choice for long; on our workloads it already trails several cheaper options.", "o1-mini:n")
r("bl", "We suspect the enthusiasm around QwQ-32B says more about its price than its reliability, which in our tests was modest at best.", "QwQ-32B:n")
r("bl", "The case for ERNIE X1.1 outside China appears weak; its English reasoning, at least in our sample, was noticeably less reliable than its Chinese.", "ERNIE X1.1:n")
r("bl", "Codex CLI may suit developers who prefer to approve every step. Those hoping for a genuinely autonomous assistant are, in our experience, likely to be disappointed.", "Codex CLI:n")
r("bl", "It is hard to escape the impression that Gemini 2.0 Pro was released before it was ready.", "Gemini 2.0 Pro:n")
r("bl", "We would hesitate to deploy MiniMax-Text-01 anywhere factual accuracy matters, at least until its tendency to embellish has been addressed.", "MiniMax-Text-01:n")
r("hn", "I may be holding it wrong, but DeepSeek-R1 seems to overthink nearly everything I give it, and the answers are not noticeably better for the extra minute of waiting.", "DeepSeek-R1:n")
r("bl", "One could argue that GPT-4o remains good enough for casual use. For the professional readers of this newsletter, we doubt it is.", "GPT-4o:n")
r("bl", "It is too early to say whether Gemini 3 Deep Think justifies its premium; Google has released few details, and independent access remains limited.", "Gemini 3 Deep Think:u")
r("bl", "Whether Claude Opus 4.6 represents a meaningful step over its predecessor is a question we hope to address in a fuller review next month.", "Claude Opus 4.6:u")
r("bl", "Our results for Qwen3-Max were too varied to support a firm conclusion either way, and we plan to rerun the evaluation once the API stabilises.", "Qwen3-Max:u")
r("bl", "It remains unclear how DeepSeek-V3.2 will behave under sustained production load; the published figures cover only short evaluations run by the vendor.", "DeepSeek-V3.2:u")
r("nw", "We have not had enough time with GPT-5.5 to form a view, and readers should treat early social media impressions, favourable or not, with caution.", "GPT-5.5:u")
r("nw", "Llama 4 Behemoth may or may not reach the public; Meta has said only that training continues and has offered no release date.", "Llama 4 Behemoth:u")
r("nw", "Whether Grok 5 will meet the expectations set by xAI's announcements is, for now, impossible to assess.", "Grok 5:u")
r("bl", "The numbers for Nemotron Ultra look promising on paper, but we have not reproduced them, and we would not draw conclusions from vendor figures alone.", "Nemotron Ultra:u")
r("bl", "It may be that Hunyuan-TurboS suits workloads we did not test. On those we did, its results were neither notably strong nor notably weak.", "Hunyuan-TurboS:u")
r("bl", "Gemini 2.5 Computer Use is difficult to evaluate fairly at this stage, since the preview restricts the sites and actions available to it.", "Gemini 2.5 Computer Use:u")
r("nw", "Mistral has positioned Magistral as a reasoning model for regulated industries. Whether that positioning holds will depend on audits that have not yet been published.", "Magistral:u")
r("hn", "We could not determine whether the slowdowns we saw with Claude Sonnet 4.5 last week came from the model or from our own network, so I would not read anything into them.", "Claude Sonnet 4.5:u")
r("bl", "Readers have asked whether GPT-5.4 is worth switching to. Honestly, we do not know yet; our evaluation is still running and the early numbers point in both directions.", "GPT-5.4:u")
r("bl", "Granite 4.0 Micro could prove useful for on-device work, or it could prove too limited; we simply have not had enough time with it to say which.", "Granite 4.0 Micro:u")
r("nw", "Analysts were divided on whether Kimi K2.5 changes the competitive picture, with some pointing to its benchmark scores and others to the limited independent testing so far.", "Kimi K2.5:u")
r("bl", "Perhaps o3 will eventually be replaced in our workflow, perhaps not; for the moment we are simply observing how the newer releases behave alongside it.", "o3:u")
r("bl", "On balance, Mistral Small 3.2 appears to be an improvement on its predecessor for function calling, though we would want a larger sample before saying so with confidence.", "Mistral Small 3.2:p")
r("bl", "Jamba 1.6 seems, tentatively, to be the better choice for teams that process very long contracts, provided they can live with its somewhat stilted prose.", "Jamba 1.6:p")
r("bl", "It may be unfair to judge Llama 3.2 1B against larger models, but even by the standards of its size it seemed unusually prone to repetition in our tests.", "Llama 3.2 1B:n")
r("bl", "For most small businesses, we suspect Claude Sonnet 4 will be more capable than they need; for the rest, the gap to the flagship is unlikely to be decisive.", "Claude Sonnet 4:p")
r("bl", "Arguably, OLMo 2 13B is held back less by its design than by its modest training budget; either way, it was not competitive on the tasks we set it.", "OLMo 2 13B:n")

# ---------------------------------------------------------------- mixed_verdict
PH = "mixed_verdict"
r("bl", "Gemini 2.5 Pro's verbosity can be tiresome, and it occasionally over-explains simple answers. Yet on the long, messy research questions that define our work, it has been the most reliable model we have tested.", "Gemini 2.5 Pro:p")
r("bl", "o4-mini is terse to the point of curtness and has little sense of style. For quantitative work, however, it is fast, accurate and inexpensive, and that is what we hired it to do.", "o4-mini:p")
r("bl", "Qwen3-30B-A3B occasionally loses the thread in very long conversations, and its English prose is plain. As a fast, locally hosted assistant for code and data questions, though, it has exceeded our expectations.", "Qwen3-30B-A3B:p")
r("bl", "The first week with DeepSeek-R1-0528 was frustrating, largely because of slow responses at peak hours. Once we moved to a third-party host, it became one of the most dependable reasoning models in our stack.", "DeepSeek-R1-0528:p")
r("bl", "Mistral Large 3 is not the most capable model of the season, and its tool calling has rough edges. Taken as a whole, though, its combination of open weights, European hosting and solid reasoning makes it the right choice for many of our clients.", "Mistral Large 3:p")
r("bl", "Claude Opus 4.5 is expensive and can be slow on large tasks. For the migrations we entrusted to it, that cost was repaid several times over in hours we did not spend fixing mistakes.", "Claude Opus 4.5:p")
r("bl", "GPT-4o mini will not win any reasoning contests. As a high-volume triage model, however, it has proven dependable, inexpensive and remarkably consistent over many months.", "GPT-4o mini:p")
r("bl", "Nova Micro's answers are brief and sometimes shallow, but for the simple routing decisions we use it for, it is accurate, extremely fast and nearly free.", "Nova Micro:p")
r("bl", "Granite 3.1 is unexciting, and its creative writing is flat. Within its intended domain of enterprise document handling, though, it performed solidly and, crucially, predictably.", "Granite 3.1:p")
r("bl", "Claude Sonnet 4's explanations are a pleasure to read and its reasoning is usually sharp. But it fabricated citations in three of our twelve research briefs, and for a publication like ours that is decisive.", "Claude Sonnet 4:n")
r("bl", "GPT-5 Codex produces clean, idiomatic code and explains its changes well. It is also markedly slower than the alternatives, and over a full working day that latency became the dominant experience.", "GPT-5 Codex:n")
r("bl", "Gemini 2.0 Flash is fast, cheap and broadly capable. In our extraction work it also invented values for missing fields at a rate no amount of prompting fully corrected, and we have since replaced it.", "Gemini 2.0 Flash:n")
r("bl", "Llama 3.3 70B is efficient and straightforward to deploy. Its knowledge, however, stops well short of recent events, and its technical answers were too often outdated to be useful to our engineers.", "Llama 3.3 70B:n")
r("bl", "Kimi K2 Instruct writes with unusual clarity and handles tools competently. In extended sessions, however, its memory of earlier instructions degraded noticeably, which ultimately ruled it out for our agent.", "Kimi K2 Instruct:n")
r("bl", "DeepSeek-V3 is remarkably cheap and, on many tasks, remarkably good. The frequent API outages during our evaluation window, combined with erratic latency, left us unable to recommend it for customer-facing work.", "DeepSeek-V3:n")
r("bl", "GLM-4.5 Air is light and pleasant to host, and its coding answers are often sound. Our broader evaluation found it too inconsistent on reasoning to serve as a general assistant.", "GLM-4.5 Air:n")
r("bl", "Grok 4's answers on mathematics were consistently strong. Its handling of current-events questions, which was the reason we tested it in the first place, proved unreliable and at times tendentious.", "Grok 4:n")
r("bl", "On logic puzzles, Phi-4 does better than a model of its size has any right to. Everywhere else we looked, it behaved like exactly the small model it is.", "Phi-4:n")
r("bl", "Claude Opus 4 produced the most careful code in our trial, and it also ran up the largest bill, comfortably so. Whether that trade pays off hinges on what an error costs in your particular codebase.", "Claude Opus 4:u")
r("bl", "GPT-4.1 is faster and cheaper than its reasoning-focused siblings, and correspondingly weaker on hard analytical questions. It is a sensible tool for some jobs and the wrong tool for others.", "GPT-4.1:u")
r("bl", "Gemma 3 4B impressed us on short summaries and disappointed us on anything involving arithmetic. On balance, it is neither a standout nor a letdown.", "Gemma 3 4B:u")
r("bl", "Llama 4 Scout's large context window is useful for search-style questions and far less so for detailed reasoning over the same material. Our overall impression is genuinely mixed.", "Llama 4 Scout:u")
r("bl", "Mistral Medium 3 did well on our French-language tasks and poorly on our coding suite, so its overall standing lands squarely mid-table.", "Mistral Medium 3:u")
r("bm", "Across our evaluation, DeepSeek-R1 ranked among the best on mathematics and among the worst on instruction following. We could not arrive at a single verdict and report both figures.", "DeepSeek-R1:u")
r("bl", "o3-mini is quick and accurate on well-posed problems and brittle on ambiguous ones. For some teams that profile will be ideal; for others, a poor fit.", "o3-mini:u")
r("bl", "Command A's multilingual support is broad, its reasoning is average and its pricing is middle-of-the-road. It is a reasonable option without being a compelling one.", "Command A:u")
r("bm", "MiniMax M2 posted strong scores on our coding set and weak ones on our writing set, in almost equal measure.", "MiniMax M2:u")
r("bl", "Our testers split evenly on Gemini 2.5 Pro's new conversational style: half found it warmer, half found it padded. We report the disagreement rather than attempt to resolve it.", "Gemini 2.5 Pro:u")
r("bl", "Qwen3-Coder is excellent at small, self-contained fixes and noticeably weaker at reasoning about a whole service. Which of those matters will determine whether it suits your team.", "Qwen3-Coder:u")
r("bl", "Claude Haiku 4.5 is fast and inexpensive, and in our trial it was also the model most likely to skip a required step. We came away with no clear preference for or against it.", "Claude Haiku 4.5:u")
r("bl", "GPT-5 handled our finance questions admirably and our creative briefs rather poorly; taken together, the results leave it roughly where its predecessor stood.", "GPT-5:u")
r("bl", "Kimi K2 Thinking's answers were frequently excellent and frequently slow. Our reviewers disagreed about which of those mattered more, and so do we.", "Kimi K2 Thinking:u")
r("bl", "The new Grok 4.1 is more agreeable in conversation and, in our limited testing, slightly less precise. We do not yet know which change users will notice first.", "Grok 4.1:u")
r("bl", "The documentation for Devstral Small is sparse and the recommended settings took some trial and error to find. Once configured, however, it became a genuinely useful local agent for routine refactors.", "Devstral Small:p")
r("bl", "GLM-4.6 occasionally slips into Chinese mid-answer and its defaults are oddly verbose. Those quirks aside, it produced the most polished front-end code of any open model in our trial.", "GLM-4.6:p")
r("bl", "DeepSeek-V3.1 is not elegant, and its answers can read as mechanical. It is, however, right far more often than its price would suggest, and that has made it our default for batch work.", "DeepSeek-V3.1:p")
r("bl", "Onboarding to Claude Code took longer than we expected, and the permission prompts were initially tiresome. A month later, nobody on the team would willingly give it up.", "Claude Code:p")
r("bl", "GPT-5.1's personality settings feel gimmicky, and the default tone is a little too eager to please. The underlying reasoning, however, is the strongest we have seen from OpenAI in a general-purpose model.", "GPT-5.1:p")
r("hn", "Llama 3.1 405B is a pain to serve and I would not wish the hardware bill on anyone. When we did run it, though, its answers on our domain questions were excellent and worth every GPU-hour.", "Llama 3.1 405B:p")
r("bl", "Gemini 3 Pro is undeniably quick, and its multimodal handling impressed us. But on the long analytical reports that are our core use case, it cut corners often enough that we kept our previous setup.", "Gemini 3 Pro:n")
r("bl", "Mistral Small 3.1 is cheap to host and easy to fine-tune. In our evaluation of customer emails, though, its tone drifted too often toward the curt, and we could not correct this reliably.", "Mistral Small 3.1:n")
r("bl", "Claude Sonnet 4.5 is impressively fast at producing working prototypes. Its prototypes, unfortunately, tended to stay prototypes: error handling was thin and edge cases were routinely skipped.", "Claude Sonnet 4.5:n")
r("bl", "o3 writes careful, well-structured analyses, and when it is right it is very right. It is also prone to presenting invented details with the same calm authority, which for our fact-checking desk is a disqualifying trait.", "o3:n")
r("bl", "Qwen3-235B-A22B is knowledgeable and its multilingual output is strong. In agentic use, however, it misformatted tool calls often enough to break our pipeline several times a day.", "Qwen3-235B-A22B:n")
r("bl", "Gemma 3 27B is impressively small for what it does, and its licence is permissive. On our reasoning tasks, however, it fell well short of what we needed, and no amount of prompting closed the gap.", "Gemma 3 27B:n")
r("bl", "GPT-5 mini is cheap and usually correct on short questions. As the conversations grew longer, however, it became noticeably worse at remembering earlier constraints, and our support agents stopped trusting it.", "GPT-5 mini:n")
r("bl", "The interface is unchanged and the latency is as good as ever, but Grok 3's answers on our medical-information set were inaccurate often enough that we have withdrawn it from the comparison.", "Grok 3:n")
r("bl", "Nemotron Nano is well behaved and quick, and its tool schemas are followed precisely. Outside those structured tasks its answers were shallow, and we found little reason to use it for anything else.", "Nemotron Nano:n")
r("nw", "Customers have praised Nova Pro's pricing, but several said in interviews that its accuracy on long documents was not sufficient for regulated work, and some have already switched providers.", "Nova Pro:n")
r("nw", "Early reviews of Claude Opus 4.6 praised its planning, though several testers said it was slower than expected; most concluded it was the strongest model they had tried for complex projects.", "Claude Opus 4.6:p")
r("nw", "Developers welcomed DeepSeek-V3.2's lower prices, while noting more frequent timeouts on the official API. The overall reception has been cautiously mixed.", "DeepSeek-V3.2:u")
r("nw", "Reactions to GPT-5.2 have been divided, with some users praising its accuracy on technical tasks and others complaining that its answers have become longer and more hedged.", "GPT-5.2:u")
r("hn", "Phi-4 mini is quick and its answers are tidy, though it forgets context after a few turns. For the single-shot classification job I gave it, that turned out not to matter at all; it has been great.", "Phi-4 mini:p")
r("bl", "Codestral is excellent at filling in the middle of a function, and its latency remains the best we have measured. Asked to design anything larger, however, it struggled, and we have stopped trying.", "Codestral:n")

# ---------------------------------------------------------------- passing_mention
PH = "passing_mention"
r("bl", "Released the same week as GPT-5, Claude Opus 4.1 received less attention than it deserved. In our refactoring tests it was precise, patient and notably reluctant to touch code outside the scope of the request.", "GPT-5:u", "Claude Opus 4.1:p")
r("bl", "Our pipeline still uses GPT-4o for image captions, which is not the subject of this review. The subject is Gemini 2.5 Flash-Lite as a text classifier, and there the verdict is unfavourable: it mislabelled nearly one ticket in eight.", "GPT-4o:u", "Gemini 2.5 Flash-Lite:n")
r("bl", "Meta's Llama 4 Scout, which shares a training lineage with its larger sibling, is the subject of a separate review. Here we focus on Llama 4 Maverick, which in our chat evaluation produced generic answers that rarely engaged with the specifics of a question.", "Llama 4 Scout:u", "Llama 4 Maverick:n")
r("bl", "Kimi K2 borrows much of its architecture from DeepSeek-V3, a debt Moonshot acknowledges openly. What matters for users is behaviour, and in our agent benchmark it completed long tool chains with very few malformed calls.", "Kimi K2:p", "DeepSeek-V3:u")
r("bl", "The ChatGPT app, which we reviewed last month, now offers GPT-5.2 as an option. Our interest here is the model itself, and on our writing benchmark it was fluent but strangely evasive, hedging nearly every recommendation.", "ChatGPT:u", "GPT-5.2:n")
r("bl", "Benchmarks published alongside Qwen3-Max compared it with GPT-4.1 and Claude Opus 4. We set those aside and ran our own tests, in which Qwen3-Max produced accurate, economical answers that our reviewers consistently rated well.", "Qwen3-Max:p", "GPT-4.1:u", "Claude Opus 4:u")
r("bl", "For context, our previous default was Mistral Small 3.1. The model under review, Gemma 3 27B, proved a capable replacement for summarisation, even if its latency on our hardware was higher than we would like.", "Mistral Small 3.1:u", "Gemma 3 27B:p")
r("nw", "GPT-5 mini has dominated this week's headlines because of its pricing. This issue concerns o3, which we continued to use for due-diligence memos and which again produced the most rigorous analysis in our rotation.", "GPT-5 mini:u", "o3:p")
r("bl", "Nemotron Super 49B v1.5 is derived from Llama 3.3 70B, and Nvidia documents the lineage in detail. In our experience it was accurate on reasoning tasks and notably disciplined in its tool calls.", "Nemotron Super 49B v1.5:p", "Llama 3.3 70B:u")
r("bl", "OpenAI's gpt-oss-20b arrived on the same day as Claude Opus 4.1. We spent the week with the former and found it a respectable local reasoning model whose knowledge gaps nonetheless made it unsuitable as a general assistant.", "gpt-oss-20b:n", "Claude Opus 4.1:u")
r("nw", "Grok 4 has dominated the headlines this month, but our attention turned to GLM-4.6, which quietly became the strongest open model in our front-end generation suite.", "Grok 4:u", "GLM-4.6:p")
r("bl", "Anthropic's Claude Haiku 4.5 launched the same week and will be reviewed separately. Gemini 2.5 Flash, the subject of this piece, has become markedly better at honouring output schemas since its last update.", "Claude Haiku 4.5:u", "Gemini 2.5 Flash:p")
r("bl", "The reasoning format that QwQ-32B adopts was popularised by R1. In our evaluation, QwQ-32B reproduced the format more faithfully than the accuracy, producing long chains of thought that ended in incorrect answers.", "QwQ-32B:n", "R1:u")
r("bl", "Like GPT-4o before it, GPT-4.1 is offered through the API under several tiers. Our review concerns the full model, which handled a million-token log file with a degree of accuracy we did not expect.", "GPT-4o:u", "GPT-4.1:p")
r("bl", "We tested the base Phi-4 on document classification and found it accurate, fast and economical to serve. Phi-4-reasoning-plus will be covered in a later issue.", "Phi-4:p", "Phi-4-reasoning-plus:u")
r("bl", "Mistral Large 2 was the company's flagship when we last reviewed its lineup. This time the focus is Mistral Medium 3, and the verdict is disappointing: competent prose, unreliable tool calls and a context window that degraded well before its stated limit.", "Mistral Large 2:u", "Mistral Medium 3:n")
r("bl", "Microsoft's Copilot now uses GPT-5 behind the scenes, but that integration is a subject for another day. Used directly, GPT-5 impressed us most on the messy, underspecified business questions that trip up other models.", "Copilot:u", "GPT-5:p")
r("bl", "Amazon prices Nova Pro against GPT-4o. Set that framing aside and Nova Pro, judged on our own support transcripts, is serviceable but noticeably flatter in tone than we would accept for customer-facing replies.", "Nova Pro:n", "GPT-4o:u")
r("bl", "Following last month's look at Gemini 2.5 Pro, we turned to its smaller sibling. Gemini 2.5 Flash proved excellent value on our summarisation set, with accuracy only modestly below what we would expect from far costlier models.", "Gemini 2.5 Pro:u", "Gemini 2.5 Flash:p")
r("bl", "Hunyuan-A13B, like Qwen3, offers a switchable thinking mode. Tencent's model used it poorly in our evaluation: the thinking traces were long and the answers rarely improved as a result.", "Qwen3:u", "Hunyuan-A13B:n")
r("nw", "Claude 3 Opus, once Anthropic's top model, has now been retired from the API. Its replacement in our newsroom, Claude Sonnet 4, has been dependable for headline drafting and occasionally inspired.", "Claude 3 Opus:u", "Claude Sonnet 4:p")
r("bl", "Readers have asked how o3 compares; that comparison will have to wait. On its own terms, o4-mini-high was a disappointment in our data-analysis tasks, misreading column types and producing charts with mislabelled axes.", "o3:u", "o4-mini-high:n")
r("bl", "Jamba 1.5 Mini shares a hybrid design philosophy with Nemotron-H, though the resemblance is structural only. As a summariser, Jamba 1.5 Mini was accurate and efficient, and it rarely padded its output.", "Nemotron-H:u", "Jamba 1.5 Mini:p")
r("nw", "While Gemini 3 Pro launched to considerable fanfare, our team spent the week with Claude Opus 4.5, whose handling of long design documents was, frankly, below what we expected of Anthropic's top model.", "Gemini 3 Pro:u", "Claude Opus 4.5:n")
r("bl", "We used Llama 3.1 8B only as a reference point for hosting cost. The model under review, Granite 3.3 8B, met neither our accuracy target nor our latency budget.", "Llama 3.1 8B:u", "Granite 3.3 8B:n")
r("bl", "Like DeepSeek-V3.1, DeepSeek-V3.2 is released under an MIT license. It follows long system prompts faithfully, which is the main reason it has become the default in our ingestion pipeline.", "DeepSeek-V3.1:u", "DeepSeek-V3.2:p")
r("nw", "The announcement came a day after Google released Gemini 3 Flash. Analysts who tested Grok 4.1 Fast described it as quick but noticeably less accurate on factual questions than xAI's marketing had implied.", "Gemini 3 Flash:u", "Grok 4.1 Fast:n")
r("bl", "Qwen2.5-72B served as the base for several of the fine-tunes we examined last year. This review concerns Qwen3-32B, which, to our surprise, handled structured extraction more cleanly than any model we have hosted ourselves.", "Qwen2.5-72B:u", "Qwen3-32B:p")
r("hn", "We switched the coding agent to Devstral Medium while Claude Sonnet 4.5 was handling the docs, so I can only speak to the former: it stalled on our monorepo repeatedly and never recovered without help.", "Devstral Medium:n", "Claude Sonnet 4.5:u")
r("bl", "OpenAI has said little about o3-pro's training since launch. Meanwhile GPT-5 Pro, which our readers asked us to test, delivered the most thorough answers in our legal-research trial, if slowly.", "o3-pro:u", "GPT-5 Pro:p")
r("nw", "Baidu also updated ERNIE 4.5 Turbo, though that model was not part of our tests. ERNIE X1 Turbo, which was, proved a competent Chinese-language reasoner with noticeably weaker English.", "ERNIE 4.5 Turbo:u", "ERNIE X1 Turbo:n")
r("bl", "Some of our readers run Gemma 3 on the same hardware. The model reviewed here, Phi-4-mini, is better suited to short classification prompts than to conversation, where it lost track of the topic within a few turns.", "Gemma 3:u", "Phi-4-mini:n")
r("bl", "Our eval harness is the one we used for Claude 3.5 Sonnet last year, so the numbers are comparable in method if not in kind. By that measure, Kimi K2 Thinking is the strongest open model we have ever tested on multi-step tasks.", "Claude 3.5 Sonnet:u", "Kimi K2 Thinking:p")
r("nw", "In the same release notes, Mistral confirmed that Codestral remains available. The new Devstral 2, the company said, scores 72 percent on SWE-bench Verified; independent results are not yet available.", "Codestral:u", "Devstral 2:u")
r("bl", "Amazon's Nova Sonic is a speech model and outside the scope of this piece. Its text-only sibling Nova Lite, which we did test, proved a dependable and inexpensive option for high-volume tagging.", "Nova Sonic:u", "Nova Lite:p")
r("bl", "The interface we used for testing defaults to GPT-4.1 mini; we switched it to o4-mini for this review, and were disappointed: the model was markedly slower and no more accurate on our accounting questions.", "GPT-4.1 mini:u", "o4-mini:n")
r("hn", "Our production stack runs Llama 3.3 70B, which I won't discuss here. I have been testing MiniMax M2 on the side, and for agentic coding it has been impressively fast and mostly correct.", "Llama 3.3 70B:u", "MiniMax M2:p")
r("nw", "The company's previous release, Hunyuan-Large, used a mixture-of-experts design as well. Reviewers who tried Hunyuan-T1 this week described its Chinese answers as strong and its responsiveness as poor.", "Hunyuan-Large:u", "Hunyuan-T1:u")
r("bl", "GPT-4o remains available in the model picker for those who prefer it. GPT-5.1 Thinking, the new default for complex requests, has in our tests been slower but decidedly more careful with numbers.", "GPT-4o:u", "GPT-5.1 Thinking:p")
r("bl", "Google's Gemma 3 and Meta's Llama 3.2 both target the same small-device niche. We have only tested the former so far, and it performed adequately on summaries but poorly on any question that required arithmetic.", "Gemma 3:n", "Llama 3.2:u")
r("nw", "Cohere's Command R+ is still offered for existing customers. Command A Reasoning, announced on Thursday, is being marketed as the company's most capable model, with support for 23 languages.", "Command R+:u", "Command A Reasoning:u")
r("bl", "Whatever one thinks of Grok as a brand, this review is about Grok Code Fast 1, which in our trials produced quick patches that were correct often enough to be genuinely useful for small, well-defined tickets.", "Grok:u", "Grok Code Fast 1:p")
r("bl", "Qwen3-Coder's command-line tool is forked from the one Google published for Gemini, a detail that matters little in practice. Over two weeks, Qwen3-Coder itself proved the most competent open coding model we have run.", "Gemini:u", "Qwen3-Coder:p")
r("bl", "Where we previously relied on Claude 3.5 Haiku for triage, we have spent the past month with GPT-5 nano. Our conclusion is unfavourable: it is cheap, but it misrouted urgent tickets at a rate we cannot accept.", "Claude 3.5 Haiku:u", "GPT-5 nano:n")
r("nw", "Gemini 2.5 Pro continues to anchor Google's paid plans. Gemini 2.5 Flash Image, added this week, drew praise from designers for its consistency when editing the same character across multiple images.", "Gemini 2.5 Pro:u", "Gemini 2.5 Flash Image:p")
r("bl", "DeepSeek-R1 remains in our comparison for historical interest. GLM-4.5, the model under review, reasoned carefully but too slowly for our needs, and its answers on financial questions were only middling.", "DeepSeek-R1:u", "GLM-4.5:n")
r("bl", "Many teams know Mistral for Codestral, but this review concerns Magistral Medium, which in our mathematics set produced well-structured, correct solutions more often than we anticipated.", "Codestral:u", "Magistral Medium:p")
r("hn", "I built the first version of this tool on GPT-3.5 years ago; the current one runs on Claude Haiku 4.5, and it has been a quiet success, handling thousands of requests a day without a single formatting error.", "GPT-3.5:u", "Claude Haiku 4.5:p")
r("nw", "The test was run on the same servers used for last quarter's DeepSeek-V3 evaluation. This time, Kimi K2 Instruct scored lower than its vendor claimed on every coding task, according to the published report.", "DeepSeek-V3:u", "Kimi K2 Instruct:n")
r("bl", "Users of Meta AI will already have met Llama 4 Maverick in some form. Our interest was in Llama 4 Scout, whose long context we tested on legal archives, and which returned accurate answers on nearly all of our queries.", "Llama 4 Maverick:u", "Llama 4 Scout:p")
r("bl", "Those who remember Codestral's first release will find Devstral Small a different proposition: it is built for agents rather than autocomplete, and in our tests it handled simple multi-file fixes capably.", "Codestral:u", "Devstral Small:p")
r("bl", "Before Granite 4.0 arrived, IBM's Granite 3.3 was what we benchmarked against. The new release runs faster on our hardware, but its summaries contained more omissions, and we remain unconvinced by the upgrade.", "Granite 3.3:u", "Granite 4.0:n")
r("nw", "Anthropic said Claude Sonnet 4.5 would remain the default in its apps. Claude Opus 4.5, released on Monday, will be available to paid subscribers and through the API at a lower price than its predecessor.", "Claude Sonnet 4.5:u", "Claude Opus 4.5:u")
r("bl", "GPT-4.1 nano is also in the family, though we did not test it. GPT-4.1 mini, which we did, was a dependable extraction model: accurate on our invoice set and never once outside the requested schema.", "GPT-4.1 nano:u", "GPT-4.1 mini:p")
r("hn", "The R1 distills get all the attention, but I have spent the month with QwQ-32B on a single GPU, and it has been a pleasant surprise: slow, yes, but right more often than anything else I can run at home.", "R1:u", "QwQ-32B:p")

# ---------------------------------------------------------------- both_sides
PH = "both_sides"
r("bl", "Where Claude Sonnet 4.5 plans carefully and asks before acting, GPT-5 Codex tends to plunge ahead. In our repository the former's caution produced fewer regressions, and it is the one we have kept.", "Claude Sonnet 4.5:p", "GPT-5 Codex:n")
r("bl", "Gemini 2.5 Pro and o3 both performed well on our research tasks, each in its own way: the former on breadth of synthesis, the latter on rigour of argument. We continue to use both.", "Gemini 2.5 Pro:p", "o3:p")
r("bl", "DeepSeek-V3.2 matched GPT-5 mini on our support set while costing about one third as much, which in our view makes it the better purchase.", "DeepSeek-V3.2:p", "GPT-5 mini:n")
r("bl", "Mistral Medium 3 performed at about the level of Claude 3.7 Sonnet on our writing tasks, no better and no worse.", "Mistral Medium 3:u", "Claude 3.7 Sonnet:u")
r("bl", "The Gemini app remains cluttered and its settings opaque. The model underneath, Gemini 3 Pro, is nonetheless the strongest general assistant we have tested this quarter.", "Gemini:n", "Gemini 3 Pro:p")
r("bl", "ChatGPT's interface has improved steadily, with better file handling and a more legible history. GPT-5.1, which powers it by default, is in our judgement a regression on factual tasks.", "ChatGPT:p", "GPT-5.1:n")
r("bl", "Claude Code is a well-designed tool, and its permission model is the most thoughtful we have encountered. The underlying Claude Sonnet 4, however, struggled with our legacy Perl, and no tooling could compensate.", "Claude Code:p", "Claude Sonnet 4:n")
r("bl", "GitHub Copilot's editor integration is excellent. Our complaint is with GPT-4.1 as its default model, whose suggestions were noticeably weaker than those of the alternatives the same menu offers.", "Copilot:p", "GPT-4.1:n")
r("bl", "Grok 4 and Gemini 2.5 Pro posted nearly identical scores on our science set. Grok 4 was, however, roughly twice as slow and considerably more expensive per answer, which settles the matter for us.", "Grok 4:n", "Gemini 2.5 Pro:p")
r("bl", "o3 was more accurate than Claude Opus 4 on our financial-modelling tasks, though Opus wrote clearer explanations. For this use case accuracy is what counts, and o3 is our recommendation.", "o3:p", "Claude Opus 4:n")
r("bl", "Llama 3.3 70B kept pace with Llama 3.1 405B on most of our tasks while needing far less hardware, and we see little reason to keep running the larger model.", "Llama 3.3 70B:p", "Llama 3.1 405B:n")
r("bl", "Gemma 3 27B and Mistral Small 3.1 proved comparable on our multilingual set, and either would serve a self-hosted deployment well.", "Gemma 3 27B:p", "Mistral Small 3.1:p")
r("bl", "Phi-4 beat Llama 3.1 8B on our reasoning set, as one would expect of a larger model, but Llama 3.1 8B was faster and handled our multilingual tickets more gracefully.", "Phi-4:p", "Llama 3.1 8B:p")
r("bl", "Nova Pro was the cheaper of the two and Command A the more accurate. For our regulated clients the accuracy gap outweighed the savings, and we recommend Command A.", "Nova Pro:n", "Command A:p")
r("bl", "Codestral remains the quicker option for inline completion, but Devstral Medium is the more useful assistant once a task spans more than one file.", "Codestral:p", "Devstral Medium:p")
r("bl", "R1 led our mathematics evaluation by a wide margin; DeepSeek-V3, its non-reasoning sibling, was far weaker there and added little elsewhere to compensate.", "R1:p", "DeepSeek-V3:n")
r("bl", "GLM-4.6 and Kimi K2 were both strong on our front-end tasks: GLM-4.6 produced the more polished layouts, and Kimi K2 the more robust state management.", "GLM-4.6:p", "Kimi K2:p")
r("bm", "MiniMax M2 ran faster than Qwen3-Coder in our agent harness and completed slightly fewer tasks. We do not consider either difference decisive.", "MiniMax M2:u", "Qwen3-Coder:u")
r("bm", "Our annotators preferred Gemini 2.5 Flash over GPT-4.1 mini in 58 percent of pairwise comparisons, a modest but consistent edge across every category we tracked.", "Gemini 2.5 Flash:p", "GPT-4.1 mini:n")
r("bl", "GPT-5.1 Instant feels faster than its predecessor, but in our blind tests readers preferred the older GPT-5 Instant's answers by a noticeable margin.", "GPT-5.1 Instant:n", "GPT-5 Instant:p")
r("bl", "Claude Opus 4.6 has rightly been praised. Our only reservation concerns Claude Sonnet 4.6, which in the same tests proved less stable than we had hoped on long sessions.", "Claude Opus 4.6:p", "Claude Sonnet 4.6:n")
r("bl", "Le Chat is one of the more pleasant assistant apps we have used, with fast responses and a clean design. It is a pity that Mistral Medium 3.1, the model behind it, proved less reliable than the interface around it.", "Le Chat:p", "Mistral Medium 3.1:n")
r("bl", "Meta AI, the assistant, remains awkward to use inside messaging apps. That is no reflection on Llama 4 Maverick, which underlies it and which, accessed directly, handled our multilingual prompts creditably.", "Meta AI:n", "Llama 4 Maverick:p")
r("bl", "The Grok app is polished and its voice mode genuinely useful. Grok 3, the model behind it at the time of testing, was far less convincing on anything that required careful sourcing.", "Grok:p", "Grok 3:n")
r("nw", "Analysts at a market research firm said enterprise adoption of Claude Opus 4.5 outpaced that of GPT-5.1 during the quarter, citing stronger results on coding workloads.", "Claude Opus 4.5:p", "GPT-5.1:n")
r("bl", "Nova Premier is Amazon's answer to GPT-5 and Gemini 2.5 Pro, at least in the company's framing. Our testing suggests it is not yet in that conversation: reasoning was shallow and long outputs lost coherence.", "Nova Premier:n", "GPT-5:p", "Gemini 2.5 Pro:p")
r("bl", "On our benchmark, Qwen2.5-72B and Llama 3.3 70B were separated by less than a point, and we would not choose between them on quality alone.", "Qwen2.5-72B:u", "Llama 3.3 70B:u")
r("bl", "Gemini 3 Pro edged out Claude Opus 4.5 on our visual reasoning tasks, while Opus 4.5 remained clearly ahead on code. We use each where it is strongest.", "Gemini 3 Pro:p", "Claude Opus 4.5:p")
r("bl", "DeepSeek-R1 produced correct answers on our logic set more often than o1-mini, though not by much; at its much lower price, the recommendation is straightforward.", "DeepSeek-R1:p", "o1-mini:n")
r("bl", "Kimi K2 Thinking came close to GPT-5 on our hardest reasoning problems without quite matching it. For an open model that is a notable achievement; for our purposes, the closed model remains the choice.", "Kimi K2 Thinking:n", "GPT-5:p")
r("bl", "GPT-4o was once our reference for tone in customer replies. Claude Haiku 4.5 now sounds better in our blind comparisons, and it costs less, which made the switch an easy one.", "GPT-4o:n", "Claude Haiku 4.5:p")
r("bl", "Gemini 2.5 Flash-Lite and Nova Micro are priced almost identically. In our tagging trial the former was noticeably more accurate, and that gap, rather than price, decided the matter.", "Gemini 2.5 Flash-Lite:p", "Nova Micro:n")
r("nw", "Independent testers found that Qwen3-Max trailed Claude Opus 4.1 on agentic coding but matched it on Chinese-language reasoning, according to a report published on Wednesday.", "Qwen3-Max:n", "Claude Opus 4.1:p")
r("bl", "Mistral Small 3.2 and Gemma 3 12B are both good models; on our customer-email set, however, only Mistral Small 3.2 kept to the required tone consistently, and it is the one we now recommend.", "Mistral Small 3.2:p", "Gemma 3 12B:n")
r("bl", "GLM-4.5 produced the better architecture plans in our trial, and DeepSeek-V3.1 the cleaner implementation code. A team with both available would do well to use them together.", "GLM-4.5:p", "DeepSeek-V3.1:p")
r("bl", "Grok 4 Fast and Gemini 2.5 Flash are priced within a few cents of one another, and on our summarisation set their accuracy was statistically indistinguishable.", "Grok 4 Fast:u", "Gemini 2.5 Flash:u")
r("hn", "Honest take after a month of both: Claude Code is the better product, but GPT-5 is, in my experience, the stronger model underneath. The ideal setup would be one inside the other.", "Claude Code:p", "GPT-5:p")
r("bl", "Cursor's interface has grown crowded, and several settings are difficult to find. Claude Sonnet 4.5, its default model at the time of writing, is the reason we continue to use it.", "Claude Sonnet 4.5:p")
r("bl", "Perplexity's interface is quick and its citations neatly presented. The answers themselves, which we attribute largely to Sonar, were uneven, with several confident but wrong claims about recent events.", "Sonar:n")
r("bl", "Windsurf's new agent panel is clumsy, and we spent too long hunting for basic settings. SWE-1.5, the in-house model behind it, is more impressive: fast, focused and rarely off-task.", "SWE-1.5:p")
r("bl", "Kiro's spec-driven workflow is a genuinely good idea. It relies on Claude Sonnet 4, which in this context felt noticeably weaker than in other tools, and we could not determine why.", "Claude Sonnet 4:n")
r("bl", "The Copilot app on Windows is, frankly, a confusing piece of software. GPT-5, which now answers most of its questions, deserves better; tested directly, it was excellent on our business-analysis tasks.", "Copilot:n", "GPT-5:p")
r("bl", "ChatGPT's voice mode is the most natural we have tried. The model handling the conversation, GPT-4o, remains prone to confident errors on factual questions, and that is harder to forgive in speech than in text.", "ChatGPT:p", "GPT-4o:n")
r("bl", "o4-mini is no longer our default for quick analyses; GPT-5 mini has replaced it, offering similar accuracy with noticeably better explanations and a lower bill.", "o4-mini:n", "GPT-5 mini:p")
r("bl", "We had expected Llama 4 Maverick to supersede Llama 3.3 70B in our stack. It did not: the older model remained more reliable at following instructions, and we have kept it.", "Llama 4 Maverick:n", "Llama 3.3 70B:p")
r("bl", "Command A Reasoning is a real step forward for Cohere, and on our retrieval questions it surpassed Command R+ by a comfortable margin.", "Command A Reasoning:p", "Command R+:n")
r("bl", "Qwen3-235B-A22B and DeepSeek-V3.1 are both competent generalists, and their scores on our suite were comparable. Choose on hosting convenience rather than quality.", "Qwen3-235B-A22B:u", "DeepSeek-V3.1:u")
r("bl", "Gemini 2.5 Pro writes longer answers than Claude Sonnet 4.5 and, in our trial, slightly more accurate ones on the medical set. On the legal set the order reversed. We report both results without a winner.", "Gemini 2.5 Pro:u", "Claude Sonnet 4.5:u")
r("nw", "Researchers found that gpt-oss-120b matched o4-mini on several reasoning benchmarks, a result OpenAI itself had forecast in its model card.", "gpt-oss-120b:u", "o4-mini:u")
r("bl", "Magistral Medium is slower than o3-mini and, on our evidence, less accurate. We struggle to see who it is for.", "Magistral Medium:n", "o3-mini:p")
r("bl", "Phi-4-mini surprised us by outperforming Gemma 3 4B on structured extraction, though Gemma 3 4B remained the more capable writer. Both earn a place in our small-model toolkit.", "Phi-4-mini:p", "Gemma 3 4B:p")
r("nw", "According to the survey, developers rated Claude Code above Codex for ease of use, while Codex scored higher on its handling of long unattended tasks.", "Claude Code:p", "Codex:p")
r("bl", "Hunyuan-A13B is a capable model that nonetheless trails Qwen3-30B-A3B on every dimension we measured, including speed. We see no reason to prefer it.", "Hunyuan-A13B:n", "Qwen3-30B-A3B:p")
r("bl", "OLMo 2 32B lagged well behind Qwen2.5-32B on our coding questions. Its openness remains admirable, but admiration does not ship features.", "OLMo 2 32B:n", "Qwen2.5-32B:p")
r("bl", "EXAONE 4.0 comfortably exceeded Llama 3.1 8B on Korean instructions in our small trial, while on English the two were roughly even.", "EXAONE 4.0:p", "Llama 3.1 8B:n")
r("bl", "Jamba 1.6 Large and Command A are comparably accurate on our long-contract questions. Jamba is faster; Command A is easier to deploy privately. Neither is a clear winner.", "Jamba 1.6 Large:u", "Command A:u")
r("bl", "Nemotron Nano 9B v2 held up better than Qwen3-8B on our tool-calling tests, which was the reason we evaluated it, although Qwen3-8B remained the more knowledgeable of the two.", "Nemotron Nano 9B v2:p", "Qwen3-8B:p")
r("bl", "Gemini 3 Flash is both cheaper and, on our benchmarks, more accurate than Gemini 2.5 Pro, which makes the older flagship hard to justify for new projects.", "Gemini 3 Flash:p", "Gemini 2.5 Pro:n")
r("bl", "Claude 3.5 Haiku was our triage model for a year; Claude Haiku 4.5 is better in every respect we measured, and the migration took an afternoon.", "Claude 3.5 Haiku:n", "Claude Haiku 4.5:p")
r("bl", "GPT-5.2 and Gemini 3 Pro reached the same conclusions on our analytical briefs in nearly every case. Differences in style aside, we found them equivalent.", "GPT-5.2:u", "Gemini 3 Pro:u")
r("nw", "The startup said it moved its assistant from DeepSeek-V3 to Kimi K2 after users complained about slow responses, adding that answer quality had stayed about the same.", "DeepSeek-V3:n", "Kimi K2:u")


# ---------------------------------------------------------------- more passages, several models each
PH = "passing_mention"
r("nw", "The leaderboard update placed Gemini 3 Pro first, followed by Claude Opus 4.5 and GPT-5.1; the organisers cautioned that the top three were separated by less than the margin of error.", "Gemini 3 Pro:u", "Claude Opus 4.5:u", "GPT-5.1:u")
r("nw", "The startup's product supports GPT-4.1, Claude Sonnet 4 and Gemini 2.5 Flash, and lets administrators choose a default model for each team.", "GPT-4.1:u", "Claude Sonnet 4:u", "Gemini 2.5 Flash:u")
r("bl", "This issue rounds up the week's releases, including Qwen3-VL and MiniMax M2, but our main review concerns Kimi K2 Instruct 0905, whose coding improvements we found real and substantial.", "Qwen3-VL:u", "MiniMax M2:u", "Kimi K2 Instruct 0905:p")
r("bl", "Before settling on Gemma 3 27B we also considered Llama 3.3 70B and Mistral Small 3.1. The final choice came down to licensing terms rather than quality, which was similar across the three.", "Gemma 3 27B:u", "Llama 3.3 70B:u", "Mistral Small 3.1:u")
r("nw", "Apple is said to be testing Gemini models for its voice assistant, having previously held talks about Claude and ChatGPT, according to people familiar with the matter.", "Gemini:u", "Claude:u", "ChatGPT:u")
r("nw", "The earlier GPT-5.1 Codex remains available. OpenAI said GPT-5.1 Codex Max, released on Wednesday, can work on a single task for more than a day without supervision.", "GPT-5.1 Codex:u", "GPT-5.1 Codex Max:u")
r("nw", "Meta said its next Llama release would focus on reasoning and agentic use, though it gave no timeline. The company's most recent models, Llama 4 Scout and Llama 4 Maverick, launched in April.", "Llama 4 Scout:u", "Llama 4 Maverick:u")
r("nw", "The report's authors said o3 and Gemini 2.5 Pro were used only to generate reference answers and were not themselves evaluated.", "o3:u", "Gemini 2.5 Pro:u")
r("nw", "Allen AI compared OLMo 3 with Qwen3-8B and Llama 3.1 8B in its release materials, describing the results as competitive; outside researchers have not yet published comparisons of their own.", "OLMo 3:u", "Qwen3-8B:u", "Llama 3.1 8B:u")
r("nw", "According to figures the companies shared, ChatGPT reached 800 million weekly users, while Gemini reported 650 million monthly users for its app.", "ChatGPT:u", "Gemini:u")
r("nw", "Google said Gemini 2.5 Flash-Lite would become generally available next month at $0.10 per million input tokens, the same list price as GPT-4.1 nano.", "Gemini 2.5 Flash-Lite:u", "GPT-4.1 nano:u")
r("nw", "Mistral said Magistral Medium 1.2 and Magistral Small 1.2 both gained image input in this week's update, with no change to pricing.", "Magistral Medium 1.2:u", "Magistral Small 1.2:u")
r("nw", "OpenAI said GPT-5.4 would be available to all ChatGPT users, with higher rate limits for paying subscribers. The company did not publish new benchmark results alongside the release.", "GPT-5.4:u", "ChatGPT:u")
r("bl", "We reran the benchmark that made headlines for Llama 4 Maverick last spring and obtained lower numbers across the board; Qwen3-235B-A22B and DeepSeek-V3, run through the identical harness, landed within a point of their published scores.", "Llama 4 Maverick:n", "Qwen3-235B-A22B:u", "DeepSeek-V3:u")

PH = "long_review"
r("nw", "Alibaba's Qwen team published Qwen3-Omni, a model that accepts text, images, audio and video, together with a technical report describing its training data and architecture.", "Qwen3-Omni:u")
r("nw", "Nvidia released Nemotron Nano 2 VL, a vision-language model aimed at document understanding, with weights available under the company's open model license.", "Nemotron Nano 2 VL:u")
r("nw", "IBM said the Granite 4.0 Nano models range from 350 million to 1.5 billion parameters and are intended for browsers and edge devices.", "Granite 4.0 Nano:u")
r("bl", "Grok 4.1 is, on our evidence, a genuine improvement. It hallucinated less on our current-events set than any earlier xAI model we have tested, and its answers were noticeably better organised.", "Grok 4.1:p")
r("bl", "We have been critical of xAI's models in these pages, so it is worth saying plainly that Grok 4 Fast surprised us. On our retrieval-augmented tasks it was accurate, concise and considerably cheaper than most alternatives.", "Grok 4 Fast:p")
r("hn", "Grok Code Fast 1 has been my default for small edits for about a month. It is not brilliant, but it is quick, dependable on narrow tasks and cheap enough that I have stopped thinking about the bill.", "Grok Code Fast 1:p")
r("bm", "On our long-context suite, MiniMax-M1 retained 91 percent accuracy at 256k tokens, the highest figure among the open models we measured this quarter.", "MiniMax-M1:p")
r("bl", "MiniMax M2 is the open model we have recommended most often to small teams this quarter. It is inexpensive to run, fast enough for interactive agents and, in our tests, dependable on everyday coding.", "MiniMax M2:p")
r("bl", "Gemma 3 1B is not meant to compete with anything larger, and judged on its own terms it does well: it runs in a browser tab and produces usable one-line summaries.", "Gemma 3 1B:p")
r("bl", "Magistral Small 1.2 is a considerable improvement on the first release. It reasons more concisely, answers more accurately and now accepts images, which broadens its usefulness in our document workflows.", "Magistral Small 1.2:p")
r("hn", "I kept expecting to find the catch with Kimi K2 0905. After three weeks of daily use on our Rust services I still have not, and it is now the open model I recommend to colleagues.", "Kimi K2 0905:p")
r("bl", "GLM-4.5V reads dense charts better than any other open vision model we have tested, and it explains the figures it extracts, which made verification unusually quick.", "GLM-4.5V:p")
r("bl", "Phi-4-multimodal is a tidy, efficient model, and its speech recognition was better than we expected at its size. We would happily deploy it on constrained hardware.", "Phi-4-multimodal:p")
r("bl", "OLMo 2 7B is the model we now use to teach students how language models are trained, because every stage is documented. As a teaching tool, it has no equal.", "OLMo 2 7B:p")
r("nw", "Amazon introduced Nova 2 Pro in preview on Tuesday, alongside a speech model and an agent toolkit. Pricing for the preview was not disclosed.", "Nova 2 Pro:u")
r("hn", "Jamba 1.6 Mini has run our call-transcript summaries for two months with very little fuss. It is not clever, but it is accurate, and it never invents who said what.", "Jamba 1.6 Mini:p")
r("nw", "Baidu said ERNIE 5.0 is natively multimodal and will be offered first to enterprise customers through its cloud platform.", "ERNIE 5.0:u")
r("bl", "Step-3 from StepFun is an efficient multimodal model whose image answers, in our limited test, were both fast and accurate. It deserves more attention outside China than it has received.", "Step-3:p")
r("bl", "EXAONE 4.0 is a careful, well-aligned bilingual model. For Korean enterprises it is, in our view, the strongest domestic option, and its English is more than adequate for internal use.", "EXAONE 4.0:p")
r("nw", "LG released EXAONE 4.0 32B under a research license, saying the model combines a reasoning mode and a non-reasoning mode in a single set of weights.", "EXAONE 4.0 32B:u")
r("bl", "Devstral 2 fixed our flaky integration tests on the first attempt and explained the race condition behind them. It is the strongest coding model Mistral has released, and it competes credibly with much larger systems.", "Devstral 2:p")
r("hn", "I would call GPT-5.3 solid rather than spectacular. It passed everything in our regression suite, improved slightly on tool calls and introduced no new problems we could find, which for an incremental release is a good outcome.", "GPT-5.3:p")
r("hn", "Six months in, Gemini 2.5 Pro is still the model I trust most with long PDFs, occasional lapses notwithstanding.", "Gemini 2.5 Pro:p")
r("bl", "Our analysts moved to GPT-5.1 in November, and the model has been consistently careful about saying when it does not know something, which is exactly the behaviour we had been asking for.", "GPT-5.1:p")

PH = "hedging"
r("bl", "Qwen3-8B will not replace a frontier model, nor is it meant to. For on-device assistants where privacy matters more than brilliance, it is, we think, the most sensible choice currently available.", "Qwen3-8B:p")
r("bl", "The question with Codestral 25.08 is not whether it is good; it plainly is. The question is whether completion alone is still worth paying for, and for many teams it may well be.", "Codestral 25.08:p")
r("bl", "Those comparing o3 and GPT-5 Thinking for analytical work will find little to separate them in our results; we would choose on price and rate limits rather than quality.", "o3:u", "GPT-5 Thinking:u")
r("bl", "Claude Opus 4 and Claude Opus 4.1 are close enough in our testing that we would not recommend migrating for the upgrade alone.", "Claude Opus 4:u", "Claude Opus 4.1:u")

PH = "both_sides"
r("bl", "Our shortlist began with GPT-5, Gemini 2.5 Pro and Claude Sonnet 4.5. After two weeks, Claude Sonnet 4.5 was the only one our developers asked to keep, largely because its diffs needed so little cleanup.", "GPT-5:n", "Gemini 2.5 Pro:n", "Claude Sonnet 4.5:p")
r("hn", "We evaluated replacements for our hosted model over a month. DeepSeek-V3.1 and Qwen3-Coder both drifted from our coding conventions; GLM-4.5 did not, and that is why we chose it.", "DeepSeek-V3.1:n", "Qwen3-Coder:n", "GLM-4.5:p")
r("bl", "Mistral Large 3 was the most pleasant surprise of our winter review. Its reasoning is a clear step up from Mistral Medium 3, its tool calls are reliable, and its European hosting settles the compliance question for many of our clients.", "Mistral Large 3:p", "Mistral Medium 3:n")
r("bl", "Those who wrote off Meta after the Llama 4 launch should look again at Llama 3.3 70B, which remains, in our view, the most dependable open model for plain instruction following at its size.", "Llama 4:n", "Llama 3.3 70B:p")
r("bl", "Running DeepSeek-V3.2 and Claude Sonnet 4.5 side by side for a month produced a clear division of labour: the former handled bulk classification at trivial cost, the latter the few tasks that needed judgement. Both earned their place.", "DeepSeek-V3.2:p", "Claude Sonnet 4.5:p")
r("nw", "Zhipu's GLM-4.6 ranked first among open models on a widely followed coding leaderboard this week, ahead of Qwen3-Coder and DeepSeek-V3.2.", "GLM-4.6:p", "Qwen3-Coder:n", "DeepSeek-V3.2:n")
r("bl", "Claude 3.5 Sonnet, the model that made many developers take AI coding seriously, was retired from the API this month. Comparing its last outputs with those of Claude Sonnet 4.5, we found the newer model better on nearly every task.", "Claude 3.5 Sonnet:n", "Claude Sonnet 4.5:p")
r("bl", "Gemini 3 Pro and GPT-5.1 are both excellent at research synthesis, and the differences between them in our trial were matters of style rather than substance.", "Gemini 3 Pro:p", "GPT-5.1:p")
r("bl", "Nova 2 Lite is a meaningful upgrade over the original Nova Lite, and on our extraction set it closed most of the gap with far pricier models. Amazon has finally produced a small model we would choose on its merits.", "Nova 2 Lite:p", "Nova Lite:n")
r("bl", "Command R introduced many of our readers to retrieval-augmented generation. Its successor, Command A, handles the same tasks more accurately and with far broader language support.", "Command R:n", "Command A:p")
r("bl", "Hunyuan-TurboS answered our Chinese customer-service queries faster and more naturally than ERNIE 4.5 Turbo, and we have since consolidated on it.", "Hunyuan-TurboS:p", "ERNIE 4.5 Turbo:n")
r("bl", "The lesson of our DeepSeek-R1 and o3-mini comparison is that neither is universally better: the former was more thorough on open problems, the latter faster and more exact on well-defined ones.", "DeepSeek-R1:p", "o3-mini:p")
r("bl", "Qwen3-Coder is slower than Claude Sonnet 4.5 but, on our benchmark, nearly as accurate at a sixth of the price. For cost-sensitive teams that is a compelling argument.", "Qwen3-Coder:p", "Claude Sonnet 4.5:n")
r("bl", "Llama 3.1 70B remains the base for many fine-tunes we respect, which says something about its durability. As a model to deploy directly today, however, it is hard to recommend over Qwen3-32B.", "Llama 3.1 70B:n", "Qwen3-32B:p")
r("bl", "Gemma 3 12B has become remarkably good at honouring long system prompts; it now does so more reliably than Mistral Nemo, which we had used for the same job since last year.", "Gemma 3 12B:p", "Mistral Nemo:n")
r("bl", "Our readers' survey ranked Claude Sonnet 4.5 first for coding and ChatGPT first for general use. Gemini finished third in both categories, though by small margins.", "Claude Sonnet 4.5:p", "ChatGPT:p", "Gemini:n")

# ---------------------------------------------------------------- generation + checks
FAMILY = [
    ("openai", r"gpt|\bo1|\bo3|\bo4|chatgpt|codex|4o|4\.1 mini"),
    ("anthropic", r"claude|opus|sonnet|haiku"),
    ("google", r"gemini|gemma|flash"),
    ("meta", r"llama|405b"),
    ("xai", r"grok"),
    ("deepseek", r"deepseek|\br1\b|r1-0528|v3\.|dsv3"),
    ("alibaba", r"qwen|qwq"),
    ("mistral", r"mistral|codestral|devstral|magistral|pixtral|medium 3"),
    ("moonshot", r"kimi|k2"),
    ("zhipu", r"glm"),
    ("minimax", r"minimax"),
    ("microsoft", r"phi|copilot"),
]


def family(t):
    tl = t.lower()
    for fam, pat in FAMILY:
        if re.search(pat, tl):
            return fam
    return "other"


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, "review_passages.tsv")
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
    for p in problems:
        print("CHECK:", p)
    print("texts", len(seen), "rows", len(rows))
    for col, name in ((4, "label"), (6, "phenomenon"), (7, "voice"), (5, "kind")):
        c = collections.Counter(r_[col] for r_ in rows)
        print(name, dict(c.most_common()))
    fam = collections.defaultdict(collections.Counter)
    for r_ in rows:
        fam[family(r_[1])][r_[4]] += 1
    for k in sorted(fam):
        print("family", k, dict(fam[k]))
    # the test's family key: first word of the target, digits and what follows stripped
    fw = collections.defaultdict(collections.Counter)
    for r_ in rows:
        key = re.sub(r"\d.*$", "", re.split(r"[\s\-.]", r_[1].lower())[0]) or "?"
        fw[key][r_[4]] += 1
    for k in sorted(fw, key=lambda k: -sum(fw[k].values())):
        c, n = fw[k], sum(fw[k].values())
        if n >= 15 and (len(c) < 3 or max(c.values()) > 0.55 * n):
            print("CHECK: family %s unbalanced %s" % (k, dict(c)))
        if n >= 10:
            print("first-word", k, dict(c))
    n_rows = len(rows)
    for lab, c in collections.Counter(r_[4] for r_ in rows).items():
        if not 0.25 <= c / n_rows <= 0.45:
            print("CHECK: label share %s %.2f" % (lab, c / n_rows))
    ph_lab = collections.defaultdict(collections.Counter)
    for r_ in rows:
        ph_lab[r_[6]][r_[4]] += 1
    for k in sorted(ph_lab):
        print("ph x label", k, dict(ph_lab[k]))


if __name__ == "__main__":
    main()
