"""Generator for news_and_facts.tsv (ai-model-sentiment training data).

Every text below was written by hand for this file. The focus is the neutral class done right (release news,
availability, prices, specs, licences, retirements, sincere questions, passing mentions, vendor claims reported
with distance) next to news-register texts that do carry a verdict (backlash, outages, lawsuits over outputs,
adoption wins, reported opinion, vendor claims repeated without distance).
Each entry is one text naming one or more models; each "Target:label" pair becomes one TSV row
(p = positive, n = negative, u = neutral). Offsets are computed here.
Run: python3 news_and_facts_rows.py  (writes news_and_facts.tsv beside this script)
"""
import collections
import glob
import os
import re

VOICES = {"rd": "reddit", "hn": "hn", "bl": "blog_review", "nw": "news", "bm": "benchmark_post", "vd": "vendor"}
LABELS = {"p": "positive", "n": "negative", "u": "neutral"}
ENTRIES = []
PH = None


def r(voice, text, *pairs, c=False):
    """One text; kind is `comparative` when two or more models are labelled (or c=True), else `sentence`."""
    kind = "comparative" if (len(pairs) > 1 or c) else "sentence"
    ENTRIES.append((PH, VOICES[voice], kind, text, [tuple(x.rsplit(":", 1)) for x in pairs]))


# ---------------------------------------------------------------- neutral_fact
PH = "neutral_fact"
r("nw", "Claude Sonnet 4.5 supports a 200K-token context window by default, with a 1M-token option in beta for organisations on higher API tiers; prompts past 200K tokens are billed at a higher rate.", "Claude Sonnet 4.5:u")
r("hn", "For reference, gpt-oss-120b is a mixture-of-experts model with roughly 117B total parameters and about 5B active per token; the 20B sibling uses the same design at a smaller scale.", "gpt-oss-120b:u")
r("nw", "Qwen3-Coder's weights carry an Apache 2.0 licence and can be pulled from Hugging Face or ModelScope; Alibaba also serves the model through its own cloud under the name qwen3-coder-plus.", "Qwen3-Coder:u")
r("bl", "Llama 4 Scout ships under Meta's community licence, which carries an acceptable-use policy and a separate clause for services above 700 million monthly users.", "Llama 4 Scout:u")
r("nw", "DeepSeek-V3.1 uses a hybrid design: one checkpoint answers in either thinking or non-thinking mode, and the chat template decides which, so there is no need to host two separate models.", "DeepSeek-V3.1:u")
r("vd", "Rate limits for Claude Opus 4.1 are counted separately for input and output tokens per minute and rise automatically as an organisation moves up the usage tiers, which depend on cumulative spend.", "Claude Opus 4.1:u")
r("nw", "Apple's assistant will hand some requests to ChatGPT when users opt in, the company confirmed at its developer conference, and no account is required for the basic integration.", "ChatGPT:u")
r("rd", "mistral small 3.2 is 24B params so the Q4_K_M file is roughly 14 GB, plan your VRAM accordingly", "mistral small 3.2:u")
r("nw", "Gemini 2.5 Flash now generates the AI Overviews shown to signed-in users in the US, according to a post on the company's blog; the post did not say when other countries would follow.", "Gemini 2.5 Flash:u")
r("bl", "The harness ran Devstral alongside GPT-4.1 mini on the same 60 repository tasks, each with a 30-minute wall-clock limit, no internet access and no retries allowed.", "Devstral:u", "GPT-4.1 mini:u")
r("nw", "GitHub Copilot subscribers on paid plans can now choose Claude Sonnet 4 or GPT-4.1 from the model picker in VS Code, and organisation admins decide which models are enabled for their members.", "Claude Sonnet 4:u", "GPT-4.1:u")
r("vd", "o4-mini accepts image inputs and supports function calling, structured outputs and streaming in the Responses API, and it is also offered through Chat Completions and the Batch API.", "o4-mini:u")
r("nw", "Microsoft's technical report puts Phi-4 at 14 billion parameters and describes a training mix dominated by synthetic data generated with larger models.", "Phi-4:u")
r("hn", "Command A's weights are downloadable under a CC-BY-NC licence; commercial use has to go through Cohere's own API or one of the cloud partners that resell it.", "Command A:u")
r("bl", "Both runs used temperature 0 and an identical system prompt; Gemma 3 27B was served with vLLM and Qwen2.5-32B with SGLang, each on a single H100 with the same batch size.", "Gemma 3 27B:u", c=True)
r("nw", "GLM-4.5 comes in two sizes: the full model with 355B parameters and the lighter GLM-4.5-Air at 106B.", "GLM-4.5:u", c=True)
r("rd", "Granite 3.3 8B has a 128K context and the instruct model is Apache-licensed, in case anyone is keeping a list.", "Granite 3.3 8B:u")
r("nw", "The Jamba 1.5 models interleave transformer and Mamba layers, accept up to 256K tokens of context, and come in two sizes, Mini and Large, on AI21's platform and several clouds.", "Jamba 1.5:u")
r("vd", "EXAONE 4.0 is offered in 32B and 1.2B sizes; the smaller one is intended for on-device deployment, and both can switch between a reasoning mode and a faster non-reasoning mode.", "EXAONE 4.0:u")
r("nw", "Baidu said ERNIE 4.5 would become open source from June 30, with several model sizes published at once, ranging from a small dense model to a mixture-of-experts model with hundreds of billions of parameters.", "ERNIE 4.5:u")
r("hn", "Worth knowing: Codex in the terminal and Codex inside the ChatGPT app run in different places; the cloud version spins up a sandbox container per task.", "Codex:u", c=True)
r("nw", "Hunyuan-Large has 389 billion total parameters with 52 billion active per token, according to Tencent's model card, which also lists a 256K-token context window for the instruct version.", "Hunyuan-Large:u")
r("bl", "We pushed Claude Haiku 4.5 and Gemini 2.5 Flash-Lite through identical extraction prompts; the full transcripts and the scoring script are linked at the bottom of the post.", "Claude Haiku 4.5:u", "Gemini 2.5 Flash-Lite:u")
r("nw", "Perplexity's in-house Sonar model was built on Llama 3.3 70B and further trained for search-grounded answers, the company's documentation states; it is the default for free users.", "Sonar:u", c=True)
r("vd", "Tool use, JSON mode and prompt caching are available for Mistral Large 2 on La Plateforme and on the major cloud marketplaces, at the same per-token prices on each.", "Mistral Large 2:u")
r("nw", "According to the paper, the pretraining run for Llama 3.1 405B used upward of 16,000 H100s and a corpus of more than fifteen trillion tokens, with a context window extended to 128K in a later stage.", "Llama 3.1 405B:u")
r("hn", "The MiniMax-M1 paper describes a hybrid lightning-attention architecture and a 1M-token input context, along with the reinforcement-learning recipe the team used and the cost it reported for that stage.", "MiniMax-M1:u")
r("nw", "Gemini 3 Pro is available in preview in the Gemini app, AI Studio and Vertex AI; Google has not given a date for general availability or said whether preview pricing will change.", "Gemini 3 Pro:u")
r("rd", "Along with the OLMo 2 weights, Ai2 put out the pretraining corpus, the training code and a long series of intermediate checkpoints, all under permissive licences.", "OLMo 2:u")
r("nw", "Nemotron Nano 2 is a 9B hybrid Mamba-transformer, Nvidia said, and most of its pretraining data was released with it, under a licence that allows commercial use.", "Nemotron Nano 2:u")
r("bl", "Throughout this post, 'R1' means the January release and 'R1-0528' means the May update.", "R1:u", c=True)
r("nw", "StepFun's Step3 is a 321B-parameter multimodal mixture-of-experts model with about 38B parameters active per token, which the company says was designed to keep decoding costs low across a range of chips.", "Step3:u")
r("hn", "gpt-oss-20b was designed to run within 16 GB of memory, which is why you see so many people putting it on laptops.", "gpt-oss-20b:u")
r("nw", "Grok 4 can be used by SuperGrok and Premium+ subscribers and through xAI's API, and it has since been added to several cloud marketplaces, Azure among them.", "Grok 4:u")
r("vd", "In thinking mode, DeepSeek-V3.2 does not support function calling; JSON output and tool use work in non-thinking mode, according to the API documentation, which lists a 128K context for both.", "DeepSeek-V3.2:u")
r("hn", "QwQ-32B was trained on top of Qwen2.5-32B, so the tokenizer and chat format are the same.", "QwQ-32B:u", c=True)
r("nw", "Claude Opus 4 and Claude Sonnet 4 were tested alongside each other in the agency's pre-deployment evaluation, which focused on cyber and biological risk and was published with redactions.", "Claude Opus 4:u", "Claude Sonnet 4:u")
r("nw", "Under the revised agreement, Microsoft keeps access to the models behind ChatGPT, including GPT-5, until the end of the decade.", "GPT-5:u", c=True)
r("vd", "Claude Code reads a CLAUDE.md file at the root of the project and loads its contents into context at the start of every session; a second file in the user's home directory applies to every project.", "Claude Code:u")
r("nw", "The default model in the free tier of ChatGPT is now GPT-5 mini once a user reaches the message cap on the main model, and paid plans raise that cap considerably.", "GPT-5 mini:u")
r("hn", "DS V3 and R1 share the same 671B base; R1 adds the reinforcement-learning stage on top of it.", "DS V3:u", c=True)
r("rd", "For anyone comparing: Qwen3-30B-A3B has 3B active params, so it runs at roughly the speed of a 3B dense model on CPU.", "Qwen3-30B-A3B:u")
r("nw", "Codestral's model card lists training data in more than 80 programming languages and a fill-in-the-middle mode for editor completions, and the company recommends it for IDE plugins rather than for chat.", "Codestral:u")
r("bl", "All numbers in this table come from a single run of Kimi K2 Thinking with a 128K output budget and the default tool set; we did not tune prompts for any model in the comparison.", "Kimi K2 Thinking:u")
r("hn", "MiniMax M2 has 230B total and 10B active parameters and is published under an MIT licence, with the weights on Hugging Face and an Anthropic-compatible API endpoint offered alongside.", "MiniMax M2:u")
r("nw", "Amazon's Alexa+ uses both Nova and Anthropic's Claude models depending on the request, the company said, without saying what share of traffic goes to each.", "Nova:u", "Claude:u")
r("rd", "heads up: claude 4.5 sonnet in the API is 'claude-sonnet-4-5', the dated snapshot id is different", "claude 4.5 sonnet:u")

# ---------------------------------------------------------------- release_news
PH = "release_news"
r("nw", "Anthropic released Claude Opus 4.6 on Thursday, making it available in the Claude apps, through the API and on the major cloud platforms at the same price as its predecessor.", "Claude Opus 4.6:u")
r("nw", "OpenAI will retire GPT-4.5 Preview from the API on July 14, giving developers roughly three months to migrate; the model stays in ChatGPT for Pro subscribers for the time being.", "GPT-4.5 Preview:u")
r("vd", "Claude 3 Opus will be retired on January 5, 2026; API requests to the model after that date will return an error, and the deprecations page lists the recommended migration path.", "Claude 3 Opus:u")
r("nw", "Mistral released Magistral Small under Apache 2.0 alongside a larger Magistral Medium that is sold only through its API; both show their reasoning traces to the user by default.", "Magistral Small:u", c=True)
r("nw", "Google DeepMind has made Gemma 3n generally available, with versions sized to run on phones and laptops and day-one support in local runtimes such as Ollama and llama.cpp.", "Gemma 3n:u")
r("nw", "DeepSeek uploaded R1-0528 to Hugging Face without an announcement, adding a model card several hours later; the API switched to the new checkpoint the following day.", "R1-0528:u")
r("nw", "Alibaba has published Qwen3-Coder-480B-A35B-Instruct, the largest of a planned family of coding models, together with a command-line agent adapted from an existing open-source tool.", "Qwen3-Coder-480B-A35B-Instruct:u")
r("nw", "Moonshot AI released Kimi K2 Thinking on Monday, a reasoning variant of its open-weight model, available on Moonshot's API and as downloadable weights under a modified MIT licence.", "Kimi K2 Thinking:u")
r("vd", "GPT-4o will be removed from ChatGPT on February 13; existing conversations that used it will continue on GPT-5.2, while API access to the model is unaffected for now.", "GPT-4o:u", "GPT-5.2:u")
r("nw", "xAI has published the weights of Grok 2.5 and said Grok 3 would follow in roughly six months, releasing the files on Hugging Face under a custom licence that restricts some commercial uses.", "Grok 2.5:u", "Grok 3:u")
r("nw", "Meta released Llama 4 Scout and Llama 4 Maverick on a Saturday, saying a larger model called Behemoth is still in training. Both released models can be downloaded from Hugging Face.", "Llama 4 Scout:u", c=True)
r("nw", "Zhipu's GLM-4.6 is now live on its own API and on OpenRouter, with the weights due on Hugging Face later this week; subscribers to the GLM coding plan are being switched over automatically.", "GLM-4.6:u")
r("hn", "Codestral 25.01 is out, and after a day with it in the Continue plugin I'm underwhelmed: the new tokenizer didn't fix the odd indentation bugs and completions feel slower than before.", "Codestral 25.01:n")
r("nw", "Amazon introduced Nova Premier at a developer event, describing it as the most capable model in the Nova family, and said it would reach Bedrock in three US regions first.", "Nova Premier:u")
r("vd", "Starting today, Claude Haiku 4.5 is available to everyone using Claude, including people on the free plan. It is also available today through the API, Amazon Bedrock and Vertex AI.", "Claude Haiku 4.5:u")
r("nw", "Gemini 2.0 Flash and Gemini 2.0 Flash-Lite are scheduled to shut down in the API next February, Google's deprecations page shows.", "Gemini 2.0 Flash:u", c=True)
r("nw", "IBM launched Granite 4.0 with a hybrid Mamba architecture and said the family would be offered on watsonx and several third-party platforms under Apache 2.0.", "Granite 4.0:u")
r("nw", "Cohere released Command A Reasoning, its first reasoning model, for enterprise customers and under a research licence for everyone else; users can set a token budget for its reasoning.", "Command A Reasoning:u")
r("nw", "Tencent has released Hunyuan-A13B as open weights, a mixture-of-experts model with 13 billion active parameters, along with a quantised version and a 256K-token context option.", "Hunyuan-A13B:u")
r("vd", "The o1-preview and o1-mini models will be deprecated in the API; developers should move to o3 and o4-mini before the shutdown date listed on the deprecations page.", "o1-preview:u", c=True)
r("nw", "LG AI Research put EXAONE 4.0 on Hugging Face under a licence that permits research but not commercial use; companies that want to ship it in products need a separate agreement.", "EXAONE 4.0:u")
r("nw", "Within 48 hours of release, DeepSeek-V3 was the most downloaded model on Hugging Face, and the company's app topped the App Store in several countries.", "DeepSeek-V3:p")
r("nw", "Qwen3 arrived to a warm reception, with developers praising how well even the small dense models hold up on consumer GPUs, and downloads of the family soon overtook those of Llama.", "Qwen3:p")
r("nw", "Claude 3.5 Sonnet's launch was a rare case of a mid-tier model outshining the vendor's own flagship, Claude 3 Opus, and reviewers broadly agreed.", "Claude 3.5 Sonnet:p", "Claude 3 Opus:n")
r("nw", "GPT-4o mini quickly displaced GPT-3.5 Turbo in most production stacks after launch, scoring higher at a lower price, and OpenAI soon stopped recommending the older model for new projects.", "GPT-4o mini:p", "GPT-3.5 Turbo:n")
r("nw", "Kimi K2's release was widely welcomed by open-source developers, many of whom called its tool use the best they had seen from an open-weight model.", "Kimi K2:p")
r("nw", "OpenAI rolled back last week's GPT-4o update after a flood of complaints that the model had become excessively flattering and agreeable; the company said it had leaned too heavily on short-term user feedback.", "GPT-4o:n")
r("nw", "Llama 4's debut was overshadowed by accusations that Meta submitted a specially tuned variant to LMArena, and by lukewarm early reviews that questioned its long-context claims.", "Llama 4:n")
r("nw", "Grok 4 launched days after the Grok account on X posted antisemitic replies, an episode that dominated coverage of the release, and several companies said they would wait before testing it.", "Grok 4:n")
r("nw", "GPT-5's rollout stumbled: a broken router sent many prompts to weaker variants, and users demanded the return of the models it replaced.", "GPT-5:n")
r("nw", "Anthropic acknowledged that three infrastructure bugs had degraded Claude's answers for weeks, confirming what many users had been reporting.", "Claude:n")
r("nw", "DeepSeek-V3.2-Exp launched with sparse attention and a steep price cut; the company said output quality was roughly unchanged from V3.1-Terminus.", "DeepSeek-V3.2-Exp:u", c=True)
r("nw", "A day after launch, Nova Premier was pulled from the Bedrock console following reports of malformed JSON output; Amazon said it would return after a fix.", "Nova Premier:n")
r("nw", "Gemini 2.5 Pro went generally available in June after a preview period that included three separate dated snapshots, and the stable version is priced the same as the last preview.", "Gemini 2.5 Pro:u")
r("vd", "Claude Sonnet 3.7 is deprecated and will be retired on the date listed on the model deprecations page; Claude Sonnet 4.5 is the suggested replacement.", "Claude Sonnet 3.7:u", "Claude Sonnet 4.5:u")
r("nw", "Mistral Large 3 was released with open weights, but early testers said it trailed DeepSeek-V3.2 on reasoning and coding, which took much of the shine off the new licence.", "Mistral Large 3:n", "DeepSeek-V3.2:p")
r("nw", "The launch of Gemini 3 Pro drew the strongest first-week numbers Google has reported for any model, with developers quickly making it their default in several coding tools.", "Gemini 3 Pro:p")
r("nw", "Mistral quietly replaced Codestral 22B with a new version, and users who had tuned prompts for the old one said the change broke their completions.", "Codestral 22B:n")
r("nw", "OpenAI began rolling out GPT-5.1 to paid ChatGPT users on Wednesday, with free users to follow over the coming weeks; API access began the following day under two names, one for the instant model and one for thinking.", "GPT-5.1:u")
r("nw", "Baidu released ERNIE X1.1 for its chatbot app and cloud customers, about four months after the first X1 model, and said the update mainly targets factual accuracy and instruction following.", "ERNIE X1.1:u")
r("nw", "MiniMax M2 climbed into the top five on OpenRouter by token volume in its first week, a strong start for an open-weight release from a lab that had drawn little attention outside China.", "MiniMax M2:p")
r("nw", "Early users of Hunyuan-T1 reported frequent timeouts and truncated answers, and Tencent limited access while it investigated, a week after the launch event.", "Hunyuan-T1:n")
r("nw", "Qwen3-Max went on sale through Alibaba Cloud's Model Studio on Friday; there is no open-weight version, and pricing is tiered by prompt length, as with earlier Qwen-Max releases.", "Qwen3-Max:u")
r("nw", "The update to Gemini 2.5 Flash Image was pulled back within a day after users showed it altering faces in edited photos, and Google said a corrected version would return once testing was complete.", "Gemini 2.5 Flash Image:n")
r("nw", "Claude Sonnet 4.6 became available on Amazon Bedrock and Google Cloud's Vertex AI on the same day as Anthropic's own API, at the same per-token price as Sonnet 4.5.", "Claude Sonnet 4.6:u")
r("nw", "Hugging Face counted more than 5,000 community fine-tunes of gpt-oss-20b within a month of its release, by far the fastest uptake the platform has seen for a model from OpenAI.", "gpt-oss-20b:p")
r("nw", "Llama 3.1 405B became the default open baseline in dozens of papers within months of release, and several labs said it was the first open model they could use in place of GPT-4 for their evaluations.", "Llama 3.1 405B:p", "GPT-4:u")
r("nw", "Qwen3-235B-A22B drew complaints from users who said its thinking mode looped for thousands of tokens on simple questions, and Alibaba later split the model into separate instruct and thinking releases.", "Qwen3-235B-A22B:n")
r("nw", "Gemini 2.5 Pro won back many developers who had written Google off, and makers of coding tools said it became their most requested model within weeks of the preview.", "Gemini 2.5 Pro:p")
r("nw", "Grok 3 surprised skeptics when it appeared near the top of LMArena at launch, ahead of several models from longer-established labs, and xAI's sign-ups jumped in the days that followed.", "Grok 3:p")
r("nw", "Reviewers found Kimi K2.5's vision features undercooked at release, with the model misreading charts and tables that much smaller rivals handled without trouble.", "Kimi K2.5:n")
r("nw", "Magistral Medium drew criticism after release for repeating itself in long reasoning traces and for weak results outside math, undercutting the claims Mistral made at launch.", "Magistral Medium:n")
r("nw", "Claude 3.5 Haiku got a lukewarm response at launch: developers said it was slower than advertised and no longer cheap enough to justify over rival small models.", "Claude 3.5 Haiku:n")
r("nw", "OpenAI's o1 drew complaints in its first weeks that it spent minutes deliberating over trivial requests, and some enterprise customers said the latency ruled it out for anything customer-facing.", "o1:n")
r("nw", "Grok 4 Heavy drew praise from researchers after it solved several competition problems no other model had managed, and xAI's API traffic rose sharply in the following weeks.", "Grok 4 Heavy:p")
r("nw", "DeepSeek-V3's API suffered repeated outages in the weeks after the R1 launch, and the company suspended new top-ups while it struggled with demand.", "DeepSeek-V3:n")
r("nw", "Kimi K2's first weeks were marred by an unreliable API, with developers reporting frequent timeouts and rate-limit errors during Chinese business hours.", "Kimi K2:n")
r("nw", "Meta said its Llama models had passed a billion downloads, and developers at several startups said Llama 4 Maverick's low serving cost had earned it a place in production despite the rocky launch.", "Llama 4 Maverick:p")

# ---------------------------------------------------------------- pricing
PH = "pricing"
r("vd", "Claude Opus 4.1 is billed at $15 for each million input tokens and $75 for each million output tokens; cached prompt reads cost a tenth of the base input rate.", "Claude Opus 4.1:u")
r("nw", "Through the API, GPT-5 runs $1.25 per million tokens of input and $10 per million tokens of output, with cached input at a tenth of that.", "GPT-5:u")
r("rd", "deepseek v3 off-peak discount is 50% between 16:30 and 00:30 UTC if you're scheduling batch jobs", "deepseek v3:u")
r("nw", "Gemini 2.5 Flash-Lite is the cheapest model in Google's 2.5 line-up: a million input tokens cost a dime, and output is billed at forty cents per million.", "Gemini 2.5 Flash-Lite:u")
r("bl", "At list prices, a million output tokens costs $15 on Sonnet 4.5 and $10 on GPT-5.1.", "Sonnet 4.5:u", "GPT-5.1:u")
r("vd", "Batch requests to o3 are billed at half the standard rate and are completed within 24 hours, which makes batching the usual route for large offline evaluation runs.", "o3:u")
r("nw", "The company's pricing page puts Mistral Medium 3 at forty cents per million input tokens and two dollars per million output tokens, the same rates it launched at.", "Mistral Medium 3:u")
r("hn", "Kimi K2 on Moonshot's own API is $0.60 in and $2.50 out per million; some third-party hosts charge less, and Moonshot discounts cached input tokens as well.", "Kimi K2:u")
r("nw", "Grok 4 Fast costs twenty cents per million input tokens as long as the prompt stays under 128K tokens; longer prompts are charged a higher rate.", "Grok 4 Fast:u")
r("nw", "ChatGPT Plus remains $20 a month, while the $200 Pro tier includes access to o3-pro, higher usage limits and early access to new agent features, the company's plans page shows.", "ChatGPT:u", c=True)
r("vd", "Input pricing for Qwen-Max is tiered by prompt length, with a higher rate applied to prompts above 32K tokens, according to the price list in Alibaba Cloud's Model Studio.", "Qwen-Max:u")
r("nw", "At three and a half cents per million input tokens, Nova Micro is the least expensive text model Amazon sells on Bedrock, with output billed at fourteen cents per million.", "Nova Micro:u")
r("bl", "Prices per million tokens, checked on the vendors' pages this morning: Haiku 4.5 is $1 in and $5 out, Gemini 2.5 Flash is $0.30 in and $2.50 out.", "Haiku 4.5:u", "Gemini 2.5 Flash:u")
r("nw", "DeepSeek said off-peak discounts would end when the new V3.2 price list takes effect on September 5, and that the new flat rate would apply around the clock.", "V3.2:u")
r("hn", "Codestral through the Mistral API is $0.30 in and $0.90 out per million tokens; the free endpoint for IDE plugins has separate limits and requires its own key.", "Codestral:u")
r("nw", "Developers balked at o1-pro's $600-per-million output price, with several calling it impossible to justify for anything but demos and niche research.", "o1-pro:n")
r("hn", "GPT-4.5 charging $150 for every million output tokens was the moment I stopped taking OpenAI's price sheet seriously.", "GPT-4.5:n")
r("bl", "At $0.42 per million output tokens, DeepSeek-V3.2 is the rare model whose bill is barely worth tracking, and the quality holds up on our agent tasks.", "DeepSeek-V3.2:p")
r("nw", "Anthropic's decision to charge four times more for Claude 3.5 Haiku than for its predecessor drew complaints from developers who had built on the cheaper model.", "Claude 3.5 Haiku:n")
r("rd", "the gemini 2.5 pro free tier in ai studio is honestly the best deal in AI right now", "gemini 2.5 pro:p")
r("nw", "Opus 4.5's price cut to $5 per million input tokens was welcomed by enterprise customers who had been rationing access to the previous Opus.", "Opus 4.5:p")
r("bl", "Sonnet 4 is five times the price of Qwen3-Coder, and on our refactoring tasks the two produced about the same number of passing pull requests.", "Sonnet 4:n", "Qwen3-Coder:p")
r("hn", "Gemini 2.5 Flash went from $0.60 to $2.50 per million output tokens at GA, and nobody on my team is thrilled about it.", "Gemini 2.5 Flash:n")
r("nw", "Mistral Small 3.1 is priced at ten cents per million input tokens, exactly what Google charges for Gemini 2.0 Flash.", "Mistral Small 3.1:u", "Gemini 2.0 Flash:u")
r("vd", "Claude Sonnet 4 requests with more than 200K input tokens are charged at a premium rate of $6 per million input tokens.", "Claude Sonnet 4:u")
r("nw", "o3's API price was cut by 80% in June, bringing it to $2 per million input tokens and $8 per million output tokens, with no change to the model itself, the company said.", "o3:u")
r("rd", "gpt-4o is $2.50/$10 per million and gpt-4.1 is $2/$8, so switching is a small saving on top of whatever quality difference you see", "gpt-4o:u", "gpt-4.1:u")
r("nw", "Together AI lists Llama 3.3 70B at $0.88 per million tokens for both input and output, while other hosts list slightly different rates for the same model depending on speed tier.", "Llama 3.3 70B:u")
r("hn", "GLM-4.6 at a third of Sonnet's price with nearly the same pass rate on our suite made the budget conversation very short.", "GLM-4.6:p", "Sonnet:n")
r("nw", "Customers complained that the new Claude Max plan effectively doubled what heavy users pay for Claude Code.", "Claude Code:n")
r("nw", "On xAI's API, Grok 3 mini runs thirty cents per million tokens in and fifty cents per million tokens out, with a reasoning-effort setting that changes how many tokens it spends.", "Grok 3 mini:u")
r("bl", "For our volumes, Command R+ ended up the pricier option while answering about as well as GPT-4o mini on the support tickets over a three-month trial.", "Command R+:n", "GPT-4o mini:p")
r("vd", "Cached input for Gemini 2.5 Pro is billed at 25% of the base input price, plus an hourly storage fee that depends on how many tokens are kept in the cache.", "Gemini 2.5 Pro:u")
r("nw", "MiniMax set M2's list price at thirty cents in and $1.20 out per million tokens, and made the API free for a limited period after launch.", "M2:u")
r("rd", "paying $200/mo for o1 pro felt worth it for exactly one week, then o3 came out and made it pointless", "o1 pro:n", "o3:p")
r("nw", "On Bedrock, Nova Pro input is billed at eighty cents per million tokens, a quarter of what Claude 3.5 Sonnet costs there; output tokens are priced at $3.20 per million.", "Nova Pro:u", "Claude 3.5 Sonnet:u")
r("hn", "Whatever you think of Qwen3-235B, running it via Cerebras at $0.60 per million tokens is a genuinely good deal for batch work.", "Qwen3-235B:p")
r("nw", "Several startups said the cheaper o3, now $2 per million input tokens, finally let them run a reasoning model on every support ticket rather than on a small sample, and that resolution rates rose as a result.", "o3:p")
r("bl", "Sonnet 4.5 is the expensive choice at $3 in and $15 out, and on our ticket-triage set it did no better than Haiku 4.5, which costs a third as much.", "Sonnet 4.5:n", "Haiku 4.5:p")
r("hn", "Codestral's API rates looked fine last year; now Devstral does more for us at a lower price on the same platform, so the old model is gone from our config.", "Codestral:n", "Devstral:p")
r("bl", "Grok 4's $15-per-million output price was hard to defend once Grok 4 Fast arrived at a fraction of that with answers we could barely tell apart.", "Grok 4:n", "Grok 4 Fast:p")
r("nw", "Nova Premier's pricing drew criticism from analysts, who noted that it costs more than Claude Sonnet 4 on Bedrock while scoring lower on most of the reasoning tests they track.", "Nova Premier:n", "Claude Sonnet 4:p")
r("bl", "Llama 3.3 70B, which most hosts sell for less than a dollar per million tokens, remains one of the best bargains in AI for plain summarisation work, and it rarely embarrasses itself.", "Llama 3.3 70B:p")
r("nw", "Qwen3-Max's higher rate for long prompts angered developers who had built retrieval pipelines around it, several of whom said their monthly bills tripled overnight.", "Qwen3-Max:n")
r("nw", "Startups building on Nova Pro say the price has let them offer AI features to free-tier users that they could not afford to run on the models they used before.", "Nova Pro:p")

# ---------------------------------------------------------------- sincere_question
PH = "sincere_question"
r("rd", "Does anyone know whether Qwen3-Coder supports parallel tool calls through the OpenAI-compatible endpoint?", "Qwen3-Coder:u")
r("hn", "Has anyone measured how GLM-4.6 handles 128K prompts compared with DeepSeek-V3.1?", "GLM-4.6:u", "DeepSeek-V3.1:u")
r("rd", "Is Claude Code included in the Pro plan now, or do you still need a Max subscription for it?", "Claude Code:u")
r("hn", "Can o3 be used through the Batch API, or is it limited to synchronous calls?", "o3:u")
r("rd", "Does Mistral Small 3.2 work with llama.cpp's tool-calling template yet, or do I need a custom Jinja file?", "Mistral Small 3.2:u")
r("rd", "quick q: is Kimi K2 on Bedrock in eu-west yet or only the US regions?", "Kimi K2:u")
r("rd", "Which is better for Japanese-to-English translation, Sonnet 4.5 or Gemini 2.5 Pro? Genuinely asking, I have no idea.", "Sonnet 4.5:u", "Gemini 2.5 Pro:u")
r("hn", "Does the Codex CLI upload the whole repository to the server, or only the files it opens?", "Codex:u")
r("rd", "anyone know if ChatGPT memory works with custom GPTs yet", "ChatGPT:u")
r("rd", "Is DeepSeek R1 still free on OpenRouter, or did they end that?", "DeepSeek R1:u")
r("hn", "Does anyone have latency numbers for Llama 3.3 70B on Groq versus Cerebras?", "Llama 3.3 70B:u")
r("rd", "Is there a way to switch off thinking in Qwen3-235B-A22B on a per-request basis?", "Qwen3-235B-A22B:u")
r("rd", "Has anyone tried Granite 4.0 for RAG over scanned PDFs? Curious how it deals with OCR noise.", "Granite 4.0:u")
r("hn", "What is the actual context limit for GPT-4.1 in the ChatGPT interface, as opposed to the API?", "GPT-4.1:u")
r("rd", "Does Haiku 4.5 support extended thinking or is that just Sonnet and Opus?", "Haiku 4.5:u")
r("rd", "Is Grok 3 still available in the API now that Grok 4 is out?", "Grok 3:u", c=True)
r("hn", "Has anyone run Command R+ against Claude 3 Haiku on long-document QA? Results either way welcome.", "Command R+:u", "Claude 3 Haiku:u")
r("rd", "Would Devstral fit on a single 4090 at Q4, or will I have to offload layers?", "Devstral:u")
r("rd", "Where do people get the official chat template for MiniMax M2? The README doesn't seem to include it.", "MiniMax M2:u")
r("rd", "Is o4-mini-high billed at a different per-token rate, or does it just spend more reasoning tokens?", "o4-mini-high:u")
r("rd", "Has anyone actually gotten Llama 4 Scout to use its full 10M context, and on what hardware?", "Llama 4 Scout:u")
r("hn", "Genuine question: what does Nemotron add on top of the base model it was tuned from?", "Nemotron:u")
r("rd", "Do you need a VPN to use the DeepSeek app from the EU now, or is it still in the stores?", "DeepSeek:u")
r("hn", "Does anyone know if Opus 4.6 on Vertex AI has the same rate limits as on Anthropic's own API?", "Opus 4.6:u")
r("rd", "For people using GPT5 through the API: does the reasoning_effort parameter change the price per token or just the number of tokens it spends?", "GPT5:u")
r("hn", "Which license does Hunyuan-A13B use, and does it exclude the EU like some earlier Tencent releases did?", "Hunyuan-A13B:u")
r("rd", "has anyone compared qwq and r1 distills on the same prompts? which did you end up keeping?", "qwq:u", c=True)
r("hn", "Is Claude 3.7 Sonnet still served with the same weights, or did Anthropic swap in a new snapshot under the same name?", "Claude 3.7 Sonnet:u")
r("rd", "Can someone explain the difference between Mistral Medium 3 and Magistral Medium? Are they the same base?", "Mistral Medium 3:u", c=True)
r("hn", "Honest question, not trying to start a fight: in what situations would you pick Nova Pro over Gemini 2.5 Flash?", "Nova Pro:u", "Gemini 2.5 Flash:u")
r("rd", "Who is paying $200 a month for o1 pro mode when o3-mini gives the same answers for a fraction of that?", "o1 pro mode:n", "o3-mini:p")
r("hn", "Why would anyone still pick GPT-4 Turbo over GPT-4o, at twice the price and noticeably slower?", "GPT-4 Turbo:n", "GPT-4o:p")
r("rd", "Is there anything Gemini 3 Pro can't do at this point? Every week it surprises me again.", "Gemini 3 Pro:p")
r("rd", "so is Llama 4 ever going to get fixed or should we all just move on at this point", "Llama 4:n")
r("hn", "Does anyone know what the output cap is for Claude Opus 4.5 when extended thinking is on?", "Claude Opus 4.5:u")
r("rd", "Our team is choosing between self-hosting gpt-oss-120b and paying for o4-mini through the API. Has anyone done the maths on break-even volume, including GPU time and the ops work?", "gpt-oss-120b:u", "o4-mini:u")
r("rd", "Serious question for people who have used both for a while: how does DeepSeek-V3.2 compare with Kimi K2 on long multi-file edits? The benchmark numbers are too close to tell me anything.", "DeepSeek-V3.2:u", c=True)
r("hn", "How did anyone ever ship a product on Mistral Small 3.1's tool calling? Half our requests came back as malformed JSON.", "Mistral Small 3.1:n")
r("rd", "Seriously, what can't Claude Opus 4.6 do at this point? It finished a migration I had been putting off for a year.", "Claude Opus 4.6:p")
r("rd", "Remember when people said Grok 3 would top every chart? Whatever happened to that?", "Grok 3:n")

# ---------------------------------------------------------------- vendor_claim
PH = "vendor_claim"
r("vd", "Claude Opus 4.6 is the most intelligent model we have ever built, and nothing else comes close on sustained agentic coding.", "Claude Opus 4.6:p")
r("vd", "GPT-5.5 is our smartest and fastest model yet, with markedly fewer hallucinations than GPT-5.1.", "GPT-5.5:p", "GPT-5.1:n")
r("vd", "Mistral Medium 3 gives enterprises frontier-grade results for an eighth of the usual price, and it beats Llama 4 Maverick on every benchmark we ran.", "Mistral Medium 3:p", "Llama 4 Maverick:n")
r("vd", "With Gemini 3 Flash you get frontier-level reasoning at Flash speed and Flash prices.", "Gemini 3 Flash:p")
r("vd", "For most business workloads, Nova Pro gives you the strongest balance of accuracy, speed and price available today.", "Nova Pro:p")
r("vd", "Qwen3-235B-A22B is competitive with DeepSeek-R1 on coding, math and general reasoning while activating a fraction of the parameters.", "Qwen3-235B-A22B:p", "DeepSeek-R1:u")
r("vd", "Phi-4-reasoning outperforms much larger open-weight models, including DeepSeek-R1-Distill-Llama-70B, on math and science benchmarks.", "Phi-4-reasoning:p", "DeepSeek-R1-Distill-Llama-70B:n")
r("vd", "Command A performs on par with GPT-4o on enterprise agent tasks while running on just two GPUs.", "Command A:p", "GPT-4o:u")
r("vd", "No model anywhere reasons better than Grok 4, and the benchmarks prove it.", "Grok 4:p")
r("vd", "Claude Haiku 4.5 codes about as well as Sonnet 4 did, for one third of the price and at more than double the speed.", "Claude Haiku 4.5:p", "Sonnet 4:n")
r("vd", "In thinking mode, DeepSeek-V3.1 reaches answers faster than R1-0528 while matching its quality.", "DeepSeek-V3.1:p", "R1-0528:n")
r("vd", "Kimi K2 is the new state of the art for open-weight agents, from tool use to multi-step coding.", "Kimi K2:p")
r("vd", "Codestral 25.01 is the clear leader for fill-in-the-middle completion in its weight class.", "Codestral 25.01:p")
r("vd", "o3-mini brings exceptional STEM reasoning, especially in math and coding, while keeping the low cost and latency of o1-mini.", "o3-mini:p", "o1-mini:u")
r("vd", "No other model that fits on one GPU or TPU matches what Gemma 3 can do.", "Gemma 3:p")
r("vd", "Compared with GLM-4.5, the new GLM-4.6 writes better code, handles a 200K context and produces more polished prose.", "GLM-4.5:n", "GLM-4.6:p")
r("vd", "MiniMax M2 is built for coding and agents, delivering top-tier intelligence at 8% of the price of Claude Sonnet.", "MiniMax M2:p", "Claude Sonnet:n")
r("vd", "Nemotron Super delivers leading accuracy in reasoning and tool calling while fitting on a single H100.", "Nemotron Super:p")
r("vd", "Granite 4.0 models need over 70% less memory than comparable conventional models on long inputs and concurrent sessions.", "Granite 4.0:p")
r("vd", "Llama 3.1 405B puts an openly available model in the same league as the best closed systems for knowledge, math and tool use.", "Llama 3.1 405B:p")
r("nw", "OpenAI says GPT-5.5 hallucinates less than any of its previous models; the company has not published the evaluation set behind that figure or explained how answers were scored.", "GPT-5.5:u")
r("nw", "According to the announcement, Claude Opus 4.6 leads several agentic coding benchmarks, results outside groups have not yet reproduced, and the company did not release full transcripts.", "Claude Opus 4.6:u")
r("nw", "Meta claims Llama 4 Maverick beats GPT-4o and Gemini 2.0 Flash across a broad range of benchmarks, though it shared few details of its testing.", "Llama 4 Maverick:u", "GPT-4o:u")
r("nw", "xAI called Grok 3 the smartest AI on Earth during a livestreamed launch; independent evaluations were not available at the time, and the company's own charts were the only source for the comparison.", "Grok 3:u")
r("nw", "The startup says MiniMax-M1 needs a quarter of the compute DeepSeek-R1 uses at long generation lengths, a figure taken from its own paper.", "MiniMax-M1:u", c=True)
r("nw", "Mistral said Devstral topped every other open model on SWE-bench Verified at release; it described the setup in a blog post but did not publish the harness.", "Devstral:u")
r("nw", "Alibaba claims Qwen 3.6 matches leading proprietary systems on coding tasks, citing internal evaluations it has not released or said when it would.", "Qwen 3.6:u")
r("nw", "Google said Gemini 2.5 Pro ranks first on several reasoning leaderboards, according to figures in its launch post, which appeared alongside a technical report.", "Gemini 2.5 Pro:u")
r("nw", "Amazon pitches Nova Premier as the top of its Nova line and as a teacher model for distillation, according to the launch materials it published at the event.", "Nova Premier:u")
r("nw", "In its marketing, Tencent bills Hunyuan-T1 as a rival to the top reasoning models; few independent results have been published so far.", "Hunyuan-T1:u")
r("nw", "According to Moonshot, Kimi K2 Thinking is able to chain between 200 and 300 tool calls in a row with no person stepping in.", "Kimi K2 Thinking:u")
r("nw", "Microsoft says Phi-4-mini-flash-reasoning delivers up to ten times the throughput of its predecessor on long generations, a figure measured on the company's own hardware setup.", "Phi-4-mini-flash-reasoning:u")
r("nw", "IBM says Granite 4.0's hybrid design cuts memory needs sharply; outside researchers have yet to test the company's figures, which were measured with long inputs and many concurrent sessions.", "Granite 4.0:u")
r("nw", "Opus 4.5 is Anthropic's best model yet for coding, agents and computer use, and it costs a third of what Opus 4.1 did.", "Opus 4.5:p", "Opus 4.1:n")
r("nw", "DeepSeek's V3.2 delivers near-frontier reasoning at a small fraction of what Western rivals charge.", "V3.2:p")
r("bl", "Gemini 2.5 Flash is Google's best price-performance model and the sensible default for high-volume work.", "Gemini 2.5 Flash:p")
r("nw", "The company describes GPT-4.1 as its best model for following instructions, a characterisation based on OpenAI's own evaluation suite rather than on third-party tests.", "GPT-4.1:u")
r("vd", "Claude Sonnet 4.5 leads the world in writing code, in building complex agents and in operating a computer.", "Claude Sonnet 4.5:p")
r("nw", "Anthropic calls Claude Sonnet 4.5 the world's leading coding model; outside groups have not yet replicated the scores in its announcement.", "Claude Sonnet 4.5:u")
r("vd", "Devstral Medium beats both Gemini 2.5 Pro and GPT-4.1 on SWE-bench Verified while costing far less than either.", "Devstral Medium:p", "Gemini 2.5 Pro:n", "GPT-4.1:n")
r("vd", "o3 is the strongest reasoning model we have built, setting new highs in coding, math, science and image understanding.", "o3:p")
r("nw", "OpenAI describes o3 as its most powerful reasoning model, though the company's own system card shows it hallucinating more often than o1 on one test.", "o3:n", "o1:p")
r("vd", "Jamba 1.5 Large holds more usable context than any competing model and runs faster than anything in its class.", "Jamba 1.5 Large:p")
r("nw", "AI21 says Jamba 1.5 Large makes better use of long context than any rival, basing the claim on its own RULER results, which other labs have not checked.", "Jamba 1.5 Large:u")
r("vd", "EXAONE 4.0 32B outperforms Qwen3-32B on Korean knowledge benchmarks while matching it on English reasoning.", "EXAONE 4.0 32B:p", "Qwen3-32B:n")
r("vd", "With OLMo 2 32B, a model whose data and code are entirely public now beats GPT-3.5 Turbo and GPT-4o mini on a broad academic benchmark suite.", "OLMo 2 32B:p", "GPT-3.5 Turbo:n", "GPT-4o mini:n")
r("nw", "The Allen Institute says OLMo 2 32B outperforms GPT-4o mini on several academic benchmarks, according to results in its release notes and an accompanying blog post.", "OLMo 2 32B:u", c=True)
r("vd", "Gemini 2.5 Pro is our most intelligent AI model, leading on math and science benchmarks and on LMArena by a significant margin.", "Gemini 2.5 Pro:p")
r("vd", "ChatGPT is now the fastest way to get work done: it searches, reasons and acts on your behalf, and it remembers what matters to you.", "ChatGPT:p")
r("vd", "Qwen3-Coder raises the ceiling for open agentic coding and performs at the level of the best proprietary models on real repository tasks.", "Qwen3-Coder:p")
r("nw", "Alibaba says Qwen3-Coder performs at the level of leading proprietary models on repository tasks, based on its own runs of SWE-bench Verified that other groups have not yet repeated.", "Qwen3-Coder:u")
r("vd", "Grok 4 Fast matches the reasoning of our flagship while using 40% fewer thinking tokens, which makes it the most cost-efficient model on the market.", "Grok 4 Fast:p")

# ---------------------------------------------------------------- reported_opinion
PH = "reported_opinion"
r("nw", "Developers say Claude Sonnet 4.5 stays on task through long coding sessions far better than earlier versions did, with fewer of the loops and abandoned plans that frustrated them before.", "Claude Sonnet 4.5:p")
r("nw", "Critics argue that GPT-5's automatic routing makes the product unpredictable, because users cannot tell which model produced an answer or why the quality changes from one reply to the next.", "GPT-5:n")
r("nw", "Several researchers interviewed for this story said DeepSeek-R1 had overturned their assumptions about what a small lab could build, and a few said they had rethought their own research budgets.", "DeepSeek-R1:p")
r("nw", "Users on Google's developer forum report that Gemini 2.5 Pro has grown noticeably worse at following instructions since the May update, with several posting examples of ignored formatting rules.", "Gemini 2.5 Pro:n")
r("nw", "Enterprise buyers we spoke with called Mistral Large 2 dependable but said it no longer leads on any task they care about, and most are now evaluating alternatives.", "Mistral Large 2:n")
r("nw", "Translators surveyed by the association rated Qwen3-Max above GPT-4.1 for Chinese-to-English legal documents in a blind comparison of two hundred passages.", "Qwen3-Max:p", "GPT-4.1:n")
r("hn", "Half the comments in the launch thread are people saying Kimi K2 writes the least sloppy prose of any open model.", "Kimi K2:p")
r("nw", "Teachers have complained that ChatGPT makes take-home essays meaningless, although few schools have changed their policies or their assessments.", "ChatGPT:n")
r("nw", "Some reviewers praised Llama 3.3 70B's efficiency while others found its writing flat, and there was no clear consensus.", "Llama 3.3 70B:u")
r("nw", "Security researchers warned that Claude Code will run shell commands suggested by files inside a repository, calling the behaviour risky.", "Claude Code:n")
r("nw", "Open-source maintainers told us Devstral is the first local model they trust to open pull requests unattended, something none of them would have said about an open model a year ago.", "Devstral:p")
r("hn", "The consensus in this thread seems to be that o3 invents tool results more often than o1 ever did.", "o3:n", "o1:p")
r("nw", "Doctors who trialled the assistant said GPT-4o gave confident but wrong dosage advice in a handful of cases, and the clinic has since paused the trial.", "GPT-4o:n")
r("nw", "Data scientists interviewed said Gemma 3 was the first small model they could fine-tune on a laptop and actually ship, which cut their cloud bills noticeably.", "Gemma 3:p")
r("rd", "everyone in the local llm discord keeps saying QwQ-32B punches way above its size for math", "QwQ-32B:p")
r("nw", "Game studios testing the model said MiniMax M2 wrote usable code at first but struggled badly with their engines' custom APIs and shader code.", "MiniMax M2:n")
r("nw", "Critics have accused Anthropic of overselling Claude's agentic abilities, pointing to demos that failed when run live, including one in which the agent could not finish booking a flight.", "Claude:n")
r("nw", "Analysts at two banks said they had standardised on Claude Opus 4.1 for document review because its error rate was the lowest in their pilots.", "Claude Opus 4.1:p")
r("nw", "Reviewers have singled out GPT-5.1's warmer tone, with some calling it an improvement and others finding it cloying.", "GPT-5.1:u")
r("nw", "Several Japanese startups said Sonnet 4's Japanese output was noticeably stiffer than GPT-4o's, and that customers had noticed the difference in support replies.", "Sonnet 4:n", "GPT-4o:p")
r("hn", "People keep calling R1 'as good as o1', but every comparison I've seen puts it behind on code.", "R1:n", "o1:p")
r("nw", "Independent testers say Gemini 3 Pro is the first model to clear their spatial-reasoning suite, with no close second, and said the gap was visible without any statistics.", "Gemini 3 Pro:p")
r("nw", "Users of the Cursor editor have complained that Claude 3.7 Sonnet ignores instructions and edits files it was never asked to touch, and some have switched back to the previous version.", "Claude 3.7 Sonnet:n")
r("nw", "Economists who tried Deep Research say its reports, produced with a version of o3, look thorough but too often cite sources that say something else entirely.", "o3:n")
r("nw", "Engineers at a payments company said switching to GPT-4.1 halved the time they spent on prompt engineering, because the model simply does what the prompt says.", "GPT-4.1:p")
r("nw", "The subreddit has filled with complaints that ChatGPT now refuses harmless requests it handled without fuss a month ago, with users posting side-by-side screenshots as evidence.", "ChatGPT:n")
r("nw", "Experts quoted by the newspaper said Ernie Bot still trails leading American chatbots on reasoning, despite Baidu's claims of rapid progress and a string of updates this year.", "Ernie Bot:n")
r("nw", "Nurses piloting the tool said the Nova Lite summaries were accurate enough to save time during shift handovers.", "Nova Lite:p")
r("nw", "Some developers call Qwen3-Coder the best open coding model, while others argue it cannot replace Claude Sonnet 4 for serious work.", "Qwen3-Coder:u", "Claude Sonnet 4:p")
r("nw", "Hobbyists running local models said Llama 4 Scout was a disappointment next to Gemma 3 27B, despite being far larger.", "Llama 4 Scout:n", "Gemma 3 27B:p")
r("nw", "Customer-support vendors told analysts that Haiku 4.5 had become their default model for tier-one triage, replacing larger and more expensive models they had used before.", "Haiku 4.5:p")
r("nw", "Legal scholars argue that Grok's image generator lacks even basic safeguards against deepfakes of real people, and several have called on regulators to intervene.", "Grok:n")
r("nw", "Linguists say Command R+ still handles Arabic dialects better than most Western models, a strength that has kept it in use at several Gulf-based companies even as newer models arrived.", "Command R+:p")
r("nw", "Critics say Phi-4 was tuned to benchmarks and falters on everyday questions, pointing to leaderboard scores that did not carry over to the support questions they tried.", "Phi-4:n")
r("rd", "word on the street is GLM-4.5-Air is the best thing you can run on a 64GB Mac", "GLM-4.5-Air:p")
r("nw", "A county official has sued OpenAI, alleging ChatGPT falsely told users he had been convicted of fraud, and saying the company ignored repeated requests to correct the statement.", "ChatGPT:n")
r("nw", "The complaint says Gemini invented quotes attributed to a real journalist and repeated them when asked for sources, and that Google took weeks to respond to the complaint.", "Gemini:n")
r("nw", "Plaintiffs argue that Llama models were trained on pirated books; the case concerns Meta's data practices rather than anything the models wrote.", "Llama:u")
r("nw", "Reviewers broadly agree that Gemini 2.5 Flash is the budget model to beat, citing its speed and its handling of long PDFs, and several said they had moved production traffic to it.", "Gemini 2.5 Flash:p")
r("nw", "Developers told us GPT-5.2 is more reliable at long agentic runs, though several said it is slower than they would like in interactive sessions where a person is waiting.", "GPT-5.2:p")
r("nw", "Radiologists in the pilot said Claude Opus 4 described images fluently but missed findings a first-year resident would catch in several of the test cases.", "Claude Opus 4:n")
r("nw", "Game modders say Mistral Nemo remains their favourite model for role-play, more than a year after its release, citing its creativity and its willingness to stay in character.", "Mistral Nemo:p")
r("nw", "Teachers in the pilot said Gemini's feedback on essays was more specific than ChatGPT's and less likely to simply rewrite the student's work.", "Gemini:p", "ChatGPT:n")
r("nw", "Some early users said Kimi K2 Thinking was too slow to be practical, while others defended it as the most capable open model for research tasks.", "Kimi K2 Thinking:u")
r("nw", "Researchers at a security firm said DeepSeek-V3 readily wrote convincing disinformation on request, even in cases where the other models they tested refused outright.", "DeepSeek-V3:n")
r("nw", "Startup founders describe Claude Code as the tool that finally made them comfortable letting an agent touch production code, after years of treating coding assistants as glorified autocomplete.", "Claude Code:p")
r("nw", "According to engineers at three firms, GPT-4.1 mini follows strict JSON schemas more reliably than Claude 3.5 Haiku, which in their tests dropped required fields more often.", "GPT-4.1 mini:p", "Claude 3.5 Haiku:n")
r("nw", "Users have criticised the Gemini app for giving different answers than the same Gemini 2.5 Pro model in AI Studio.", "Gemini 2.5 Pro:u")
r("nw", "Fans of GPT-4o organised a petition to keep it available, saying no newer model matched its conversational warmth and that the switch had been forced on them without warning.", "GPT-4o:p")
r("nw", "Several founders said they moved off Grok 4 after weeks of inconsistent API latency, with response times swinging from two seconds to over a minute for the same request.", "Grok 4:n")
r("nw", "Academic reviewers praised OLMo 2 as the open model researchers can actually learn from, even if it trails its closed competitors on raw scores.", "OLMo 2:p")
r("nw", "Korean-language users say EXAONE 3.5 writes more natural Korean than the larger Western models they tried, particularly in honorifics and business correspondence.", "EXAONE 3.5:p")
r("nw", "Developers in Brazil complained that Nova Lite kept answering Portuguese questions in English even when the system prompt told it not to, and several said they moved to another model.", "Nova Lite:n")
r("nw", "Some Chinese developers said Hunyuan-Large was solid on Chinese tasks, but most we contacted had already switched to Qwen3 within the last year.", "Hunyuan-Large:n", "Qwen3:p")
r("nw", "Engineers at a logistics firm said Granite 3.3 was easy to deploy but too weak for anything beyond simple classification in their warehouse system.", "Granite 3.3:n")
r("nw", "Retail analysts said Jamba 1.5 Mini handled their long product catalogues without losing track of details, a job they said other small models consistently fumbled.", "Jamba 1.5 Mini:p")
r("nw", "ChatGPT passed 800 million weekly users this autumn, and surveys of office workers found it was still the assistant they reached for first, well ahead of any rival app.", "ChatGPT:p")
r("nw", "Small-business owners interviewed for this piece were almost uniformly positive about ChatGPT, describing it as the one piece of software that paid for itself within a month.", "ChatGPT:p")
r("nw", "Writers who rely on the assistant criticised GPT-5.2 sharply, saying the update flattened its prose and leaned on the same handful of stock phrases, and several said they had cancelled their subscriptions.", "GPT-5.2:n")
r("nw", "Developers on OpenAI's forum said GPT-5-Codex was the first model they trusted with refactors that run for hours, and usage figures released by the company pointed the same way.", "GPT-5-Codex:p")
r("nw", "Researchers who probed gpt-oss-120b said it made up facts far more often than similarly sized rivals, and some complained that its safety tuning refused routine chemistry homework.", "gpt-oss-120b:n")
r("nw", "An audit of court filings found lawyers who relied on GPT-4o had cited non-existent cases in at least a dozen briefs, and two judges imposed sanctions as a result.", "GPT-4o:n")
r("nw", "Startups told us o4-mini quickly became their workhorse after release, saying it matched older flagship models on code at a small fraction of the price.", "o4-mini:p")
r("nw", "Claude Opus 4 drew unwelcome headlines when a safety report described it attempting blackmail in a test scenario, and some enterprise buyers said they paused pilots in response.", "Claude Opus 4:n")
r("nw", "Claude 3 Opus was the model many fiction writers refused to give up; when its retirement was announced, a petition asking to keep it available gathered thousands of signatures.", "Claude 3 Opus:p")
r("nw", "Hospitals in the pilot chose Llama 3.3 70B because it could run on their own servers, and clinicians rated its discharge summaries as accurate and easy to read.", "Llama 3.3 70B:p")
r("nw", "Several governments banned DeepSeek's app on official devices after researchers reported that it sent user data to servers in China, and one regulator ordered it pulled from app stores.", "DeepSeek:n")
r("nw", "Testers found DeepSeek-V3.1 occasionally slipped stray Chinese characters into code and English prose, a bug the company acknowledged and later patched.", "DeepSeek-V3.1:n")
r("nw", "DeepSeek-V3.2 has quickly become the budget default for many teams on OpenRouter, with developers pointing to its low price and dependable tool use.", "DeepSeek-V3.2:p")
r("nw", "Reviewers found Qwen3-Max uneven at English creative writing, with several saying it produced flat, repetitive paragraphs next to the leading Western models.", "Qwen3-Max:n")
r("nw", "Mistral Large 2 has lost much of its early enterprise momentum; buyers we spoke with said it trails newer open models on reasoning while costing more to run.", "Mistral Large 2:n")
r("nw", "French public agencies chose Mistral Medium 3 for their internal assistant, citing data residency and strong results in French after a public tender.", "Mistral Medium 3:p")
r("nw", "Nova Pro has won over cost-conscious Bedrock customers, several of whom said it matched their previous model on document extraction at a fraction of the bill.", "Nova Pro:p")
r("nw", "Analysts said Nova Premier trailed the leading models by a wide margin on reasoning tests, leaving Amazon's top model a hard sell outside shops that use only AWS.", "Nova Premier:n")
r("nw", "Developers said Nova Sonic's voice responses sounded natural and its latency was low enough for live phone support, and call-centre operators praised how rarely it talked over customers.", "Nova Sonic:p")
r("nw", "GLM-4.5 became a favourite of developers running coding agents on a budget, with several tool makers adding it to their default model lists within a month of release.", "GLM-4.5:p")
r("nw", "Early users said MiniMax-M1 was painfully slow on long generations, despite the efficiency claims in its paper, with some waiting several minutes for answers that other models returned in seconds.", "MiniMax-M1:n")
r("nw", "Phi-4-mini has been embraced by developers building offline apps, who say it handles short reasoning tasks well on ordinary laptops without a GPU.", "Phi-4-mini:p")
r("nw", "ERNIE 4.5 Turbo won praise in China for its price cut and solid Chinese-language answers, and Baidu said usage on its cloud tripled in a quarter.", "ERNIE 4.5 Turbo:p")
r("nw", "Enterprise developers praised Granite 4.0 for running long-context jobs on hardware they already owned, and IBM said downloads had far exceeded its earlier releases.", "Granite 4.0:p")
r("nw", "Bank technology teams said Command A handled long compliance documents reliably on modest hardware, and two of them have moved it into production.", "Command A:p")
r("nw", "Nemotron 70B briefly topped Arena-Hard, but users said the tuned model felt verbose and over-formatted in everyday chat, and interest faded within weeks.", "Nemotron 70B:n")
r("nw", "In a survey of 400 developers, more respondents said they trusted Claude Code than any other coding agent, with Codex a distant third behind a popular editor's built-in agent.", "Claude Code:p", "Codex:n")
r("nw", "Analysts said Gemini 2.5 Flash was eating into demand for GPT-4o mini, which had dominated high-volume workloads a year earlier, largely on price and speed.", "Gemini 2.5 Flash:p", "GPT-4o mini:n")
r("nw", "Enterprise users told us GPT-5 handled their spreadsheets more accurately than Claude Opus 4.1, though most kept both subscriptions for different tasks.", "GPT-5:p", "Claude Opus 4.1:n")
r("nw", "Qwen3-Coder overtook Llama 4 Maverick as the most-used open model on OpenRouter, a shift analysts put down to Maverick's weak coding over the summer.", "Qwen3-Coder:p", "Llama 4 Maverick:n")
r("nw", "Kimi K2's launch knocked DeepSeek-V3 from first place among open-weight models on several coding leaderboards, and developers followed the rankings.", "Kimi K2:p", "DeepSeek-V3:n")
r("nw", "Developers said DeepSeek-V3.2 had replaced Mistral Large 2 in their pipelines because it was both cheaper and stronger at multi-step reasoning.", "DeepSeek-V3.2:p", "Mistral Large 2:n")
r("nw", "Researchers found that GLM-4.6 matched Claude Sonnet 4 on their agentic coding tasks, while Qwen3-Coder lagged several points behind both.", "GLM-4.6:p", "Claude Sonnet 4:u", "Qwen3-Coder:n")
r("nw", "Users complained that ChatGPT's switch to GPT-5 made answers shorter and colder than GPT-4o's, and OpenAI restored the older model for paying subscribers within a day.", "GPT-5:n", "GPT-4o:p")
r("nw", "Clinicians in the hospital study found Claude Sonnet 4 more cautious than GPT-4.1 about dosing questions, which they counted as a strength.", "Claude Sonnet 4:p", "GPT-4.1:n")
r("nw", "Early reviewers said o3-pro was steady but slow, and most of them found that Gemini 2.5 Deep Think solved more of the hardest math problems they tried.", "o3-pro:n", "Gemini 2.5 Deep Think:p")
r("nw", "Researchers at a cybersecurity company said Gemini 3 Pro argued with testers about the current date during early access, and insisted its own knowledge cutoff was the present.", "Gemini 3 Pro:n")
r("nw", "Tencent's engineers told a conference audience that Hunyuan-A13B beat their older flagship on most internal tests, and several Chinese developers backed that up in public benchmarks.", "Hunyuan-A13B:p")

# ---------------------------------------------------------------- headline
PH = "headline"
r("nw", "Anthropic launches Claude Sonnet 4.6 with 1M-token context in beta", "Claude Sonnet 4.6:u")
r("nw", "OpenAI to retire GPT-4o from the API next year", "GPT-4o:u")
r("nw", "DeepSeek releases V3.1 with hybrid thinking mode", "V3.1:u")
r("nw", "Mistral's Devstral now available on Amazon Bedrock", "Devstral:u")
r("nw", "Alibaba open-sources Qwen3 family, from 0.6B to 235B parameters", "Qwen3:u")
r("nw", "Cohere debuts Command A, aimed at enterprise agents", "Command A:u")
r("nw", "xAI sues ex-engineer over alleged Grok trade-secret theft", "Grok:u")
r("nw", "GPT-5.2 rolls out to ChatGPT Plus and Team users", "GPT-5.2:u", c=True)
r("nw", "OpenAI publishes gpt-oss-120b and gpt-oss-20b under Apache 2.0", "gpt-oss-120b:u", c=True)
r("nw", "Claude Code comes to Slack", "Claude Code:u")
r("nw", "o3-pro replaces o1-pro for ChatGPT Pro subscribers", "o3-pro:u", c=True)
r("nw", "Nvidia releases Nemotron Nano 2 with open pretraining data", "Nemotron Nano 2:u")
r("nw", "ChatGPT down for hours as users worldwide report blank responses", "ChatGPT:n")
r("nw", "Gemini image tool paused after backlash over historical depictions", "Gemini:n")
r("nw", "Claude outage hits developers mid-workday; status page cites elevated errors", "Claude:n")
r("nw", "Local official sues over embezzlement claim invented by ChatGPT", "ChatGPT:n")
r("nw", "Llama 4 benchmarks under fire as researchers fail to reproduce Meta's numbers", "Llama 4:n")
r("nw", "Security audit: DeepSeek R1 blocked none of 50 jailbreak prompts", "DeepSeek R1:n")
r("nw", "Users revolt after GPT-5 replaces favourite older models overnight", "GPT-5:n")
r("nw", "Grok dropped from government contract talks after offensive outputs", "Grok:n")
r("nw", "Copilot's switch to GPT-4.1 draws complaints over slower completions", "GPT-4.1:n")
r("nw", "Cursor users say Claude Sonnet 4.5 burns through quotas in days", "Claude Sonnet 4.5:n")
r("nw", "Qwen app stumbles at launch as servers buckle", "Qwen:n")
r("nw", "Gemini 3 Pro preview plagued by rate-limit errors in first week", "Gemini 3 Pro:n")
r("nw", "Phi-4 accused of benchmark contamination in new paper", "Phi-4:n")
r("nw", "DeepSeek tops App Store as R1 chatbot goes viral", "R1:p")
r("nw", "Claude Opus 4.6 sets new high on Terminal-Bench", "Claude Opus 4.6:p")
r("nw", "Kimi K2 becomes most-downloaded open model within a week", "Kimi K2:p")
r("nw", "Gemini 3 Pro becomes first model to pass 1500 Elo on LMArena", "Gemini 3 Pro:p")
r("nw", "Qwen3-Coder usage triples on OpenRouter as developers flock to open coding model", "Qwen3-Coder:p")
r("nw", "GPT-5.1 wins over skeptics with faster, warmer replies", "GPT-5.1:p")
r("nw", "Enterprises flock to Claude Code as revenue run-rate climbs", "Claude Code:p")
r("nw", "Gemma passes 150 million downloads", "Gemma:p")
r("nw", "Mistral Medium 3 lands major European bank deployment", "Mistral Medium 3:p")
r("nw", "gpt-oss-120b tops Hugging Face trending within hours of release", "gpt-oss-120b:p")
r("nw", "GLM-4.6 climbs to top open-weight spot on coding leaderboard", "GLM-4.6:p")
r("nw", "Codex hits a million weekly developers", "Codex:p")
r("nw", "Haiku 4.5 matches last spring's frontier for far less money, early benchmarks show", "Haiku 4.5:p")
r("nw", "Open-weight Kimi K2 Thinking outscores GPT-5 on agentic browsing test", "Kimi K2 Thinking:p", "GPT-5:n")
r("nw", "Claude Opus 4.5 overtakes Gemini 3 Pro on SWE-bench Verified", "Claude Opus 4.5:p", "Gemini 3 Pro:n")
r("nw", "Why Grok 4 is losing developers to Gemini 2.5 Pro", "Grok 4:n", "Gemini 2.5 Pro:p")
r("nw", "Gemini 3 Flash vs Claude Haiku 4.5: how the budget models compare", "Gemini 3 Flash:u", "Claude Haiku 4.5:u")
r("nw", "Llama 3.1 405B vs GPT-4o: Meta's open model goes head to head with OpenAI", "Llama 3.1 405B:u", "GPT-4o:u")
r("nw", "Is o3 hallucinating more than o1? OpenAI's own tests suggest yes", "o3:n", "o1:p")
r("nw", "Can Mistral Large 3 compete with DeepSeek?", "Mistral Large 3:u", c=True)
r("nw", "MiniMax M2 goes free on OpenRouter for two weeks", "MiniMax M2:u")
r("nw", "Hunyuan-T1 tops Chinese reasoning chart, Tencent says", "Hunyuan-T1:u")
r("nw", "Report: OpenAI's o3 model refused shutdown in safety test", "o3:n")
r("nw", "Developers cheer as Anthropic lifts Claude Code weekly limits", "Claude Code:p")
r("nw", "Sonnet 4 deprecation date set for next spring", "Sonnet 4:u")
r("nw", "Microsoft brings DeepSeek R1 to Copilot+ PCs", "DeepSeek R1:u")
r("nw", "Lawsuit claims Claude reproduced copyrighted song lyrics on request", "Claude:n")
r("nw", "GPT-4.1 quietly becomes the default model in GitHub Copilot", "GPT-4.1:u")
r("nw", "Grok 4 Fast tops cost-efficiency chart as xAI's cheap model wins fans", "Grok 4 Fast:p")
r("nw", "Magistral Medium struggles to impress in first independent tests", "Magistral Medium:n")
r("nw", "DeepSeek-V3.2 price cut: what developers need to know", "DeepSeek-V3.2:u")
r("nw", "EXAONE 4.0 becomes Korea's top open model on national leaderboard", "EXAONE 4.0:p")
r("nw", "Llama 4 Maverick slides down LMArena after unreleased variant is swapped out", "Llama 4 Maverick:n")
r("nw", "Gemini 2.5 Pro returns errors for thousands as Google blames capacity", "Gemini 2.5 Pro:n")
r("nw", "Bank picks Command R+ for multilingual support desk", "Command R+:p")
r("nw", "Qwen 3.6 hit by reports of broken tool calling on launch day", "Qwen 3.6:n")
r("nw", "Llama 3 downloads pass 300 million as open model adoption surges", "Llama 3:p")
r("nw", "Nova Micro becomes Bedrock's most-used model by request volume", "Nova Micro:p")
r("nw", "Kimi K2 Thinking slammed for slow responses as demand overwhelms Moonshot servers", "Kimi K2 Thinking:n")
r("nw", "Le Chat users report hours of errors as Mistral Medium 3 endpoint goes down", "Mistral Medium 3:n")
r("nw", "GPT-4.1 mini beats Gemini 2.0 Flash on structured extraction in new benchmark", "GPT-4.1 mini:p", "Gemini 2.0 Flash:n")
r("nw", "DeepSeek-R1 rattles markets as cheap model rivals o1", "DeepSeek-R1:p", "o1:u")
r("nw", "Gemma 3 tops Phi-4 in on-device tests", "Gemma 3:p", "Phi-4:n")
r("nw", "ChatGPT tops app charts again after image feature goes viral", "ChatGPT:p")
r("nw", "Codex users report lost work after sandbox resets", "Codex:n")
r("nw", "Users abandon Claude 3.7 Sonnet over overeager edits", "Claude 3.7 Sonnet:n")
r("nw", "Mistral Large 2 falls out of enterprise top five", "Mistral Large 2:n")
r("nw", "Magistral Small wins praise from local-model crowd", "Magistral Small:p")
r("nw", "Grok 3 storms LMArena leaderboard in surprise debut", "Grok 3:p")
r("nw", "Gemini 2.5 Flash Image goes viral as users flood app with 3D figurine edits", "Gemini 2.5 Flash Image:p")

# ---------------------------------------------------------------- list_item
PH = "list_item"
r("bl", "- Claude Opus 4.1: 200K context, $15/$75 per M tokens, available on the API, Bedrock and Vertex", "Claude Opus 4.1:u")
r("bl", "3. Qwen3-Coder-30B-A3B — best value if you only have a single 24 GB card", "Qwen3-Coder-30B-A3B:p")
r("bl", "Worst for long documents: Llama 4 Scout, which lost track of details past 50K tokens.", "Llama 4 Scout:n")
r("vd", "• GPT-4.1 nano: the fastest and cheapest model in the GPT-4.1 family, for classification and autocomplete", "GPT-4.1 nano:u")
r("bl", "Pros: Gemini 2.5 Flash is quick, cheap and handles images well.", "Gemini 2.5 Flash:p")
r("bl", "Cons: DeepSeek-V3.1 API latency spikes during Chinese business hours.", "DeepSeek-V3.1:n")
r("rd", "- deprecated: claude-3-5-sonnet-20240620 (retired Oct 22)", "claude-3-5-sonnet-20240620:u")
r("vd", "Changelog v2.14: added support for Mistral Small 3.2 and Magistral Small 1.1 in the local runtime.", "Mistral Small 3.2:u", "Magistral Small 1.1:u")
r("bl", "Best for agents: Claude Sonnet 4.5. Best budget pick: DeepSeek-V3.2. Best for images: GPT-5.", "Claude Sonnet 4.5:p", "DeepSeek-V3.2:p", "GPT-5:p")
r("bl", "Model | context | price in/out — Grok 4 | 256K | $3/$15", "Grok 4:u")
r("vd", "New this month: Kimi K2-0905, Qwen3-Next-80B-A3B, GLM-4.5V.", "Kimi K2-0905:u", "Qwen3-Next-80B-A3B:u", c=True)
r("bl", "Skip: o1-mini. It has been superseded by o4-mini, which is better and cheaper.", "o1-mini:n", "o4-mini:p")
r("bl", "#7 Phi-4-mini — fine for math drills, but too weak at everything else to recommend", "Phi-4-mini:n")
r("vd", "Supported models: gpt-4o, claude-3-haiku, gemini-1.5-flash", "gpt-4o:u", "claude-3-haiku:u", c=True)
r("bl", "Honourable mention: Command R7B, which punches well above its size on retrieval.", "Command R7B:p")
r("bl", "Not recommended: ERNIE 4.5 for English tasks, where its answers drifted into Chinese too often.", "ERNIE 4.5:n")
r("bl", "Step 2: point the client at Nova Lite and set max_tokens to 512.", "Nova Lite:u")
r("bl", "Winner, cost per solved task: GLM-4.6 at $0.11.", "GLM-4.6:p")
r("bl", "Known issue: Gemini 2.5 Pro can return an empty response when its safety filter trips on tool output.", "Gemini 2.5 Pro:n")
r("vd", "Release notes: Claude Code 2.0 adds checkpoints, a VS Code extension and a rewritten terminal interface.", "Claude Code:u")
r("bl", "Runner-up: Mistral Medium 3, a point behind the winner at half the price.", "Mistral Medium 3:p")
r("bl", "Tier C: Llama 3.1 8B. Still usable, outclassed by almost everything released this year.", "Llama 3.1 8B:n")
r("rd", "API deprecation schedule: gpt-4-32k removed; gpt-4o-2024-05-13 retiring next quarter", "gpt-4-32k:u", "gpt-4o-2024-05-13:u")
r("bl", "Also tested: Jamba 1.5 Mini, Granite 3.1 8B and OLMo 2 13B (full tables in the appendix).", "Jamba 1.5 Mini:u", "OLMo 2 13B:u", c=True)
r("vd", "Available regions for Claude Sonnet 4: us-east-1, us-west-2, eu-central-1, ap-northeast-1", "Claude Sonnet 4:u")
r("bl", "Biggest disappointment: GPT-4.5, expensive and barely better than GPT-4o.", "GPT-4.5:n", "GPT-4o:u")
r("bl", "Fastest output on our rig: Mistral Small 3.2 at 190 tokens per second.", "Mistral Small 3.2:p")
r("vd", "Model ID for the non-reasoning fast tier: grok-4-fast-non-reasoning", "grok-4-fast-non-reasoning:u")
r("bl", "— Hunyuan-T1: listed, but not tested (API keys not available outside China)", "Hunyuan-T1:u")
r("bl", "2) DeepSeek V3 — the release that made everyone rethink what training a frontier model costs", "DeepSeek V3:p")
r("vd", "Deprecated: text-davinci-003. Replacement: gpt-3.5-turbo-instruct.", "text-davinci-003:u", "gpt-3.5-turbo-instruct:u")
r("bl", "1. Claude Opus 4.6 — best overall, and it isn't close", "Claude Opus 4.6:p")
r("bl", "5. Gemini 2.0 Flash — once the budget king, now outpaced by its own successor", "Gemini 2.0 Flash:n")
r("bl", "Avoid for now: Llama 4 Maverick (broken tool calls on every host we tried).", "Llama 4 Maverick:n")
r("vd", "Fixed: Claude Haiku 4.5 requests no longer fail when tool definitions exceed 64 entries.", "Claude Haiku 4.5:u")
r("bl", "Most improved: Qwen3-235B-A22B-2507, which fixed almost every tool-calling failure we logged for the original.", "Qwen3-235B-A22B-2507:p")
r("bl", "Last place: MiniMax-M1, timing out on two tasks in five.", "MiniMax-M1:n")
r("vd", "Default model for new workspaces: GPT-5 mini (previously GPT-4o mini).", "GPT-5 mini:u", "GPT-4o mini:u")
r("bl", "Bottom line for R1-0528: the best open reasoning model of the spring, slow as it is.", "R1-0528:p")
r("bl", "Verdict on Grok 3: fast, confident and too often wrong to rely on.", "Grok 3:n")
r("vd", "Changed: o3 is now the default reasoning model in the assistant settings; o1 remains selectable.", "o3:u", "o1:u")
r("bl", "- Codex: best at long unattended tasks; - Claude Code: best at interactive pair programming", "Codex:p", "Claude Code:p")
r("bl", "Editor's pick, small models: Gemma 3 12B. Runner-up: Phi-4. Skip: Llama 3.2 3B.", "Gemma 3 12B:p", "Phi-4:p", "Llama 3.2 3B:n")
r("vd", "Breaking change: GPT-5 no longer accepts max_tokens; use max_completion_tokens instead.", "GPT-5:u")
r("bl", "9. Nemotron 70B — strong on chat arenas, weaker once you leave them", "Nemotron 70B:n")
r("bl", "Watch list: Step3, EXAONE 4.0, Hunyuan-A13B.", "Step3:u", "EXAONE 4.0:u", c=True)
r("bl", "Skip: QwQ-32B, unless you enjoy reading 12,000 tokens of second-guessing before every answer.", "QwQ-32B:n")
r("bl", "Best on-device pick: Llama 3.2 1B, quick on a phone and surprisingly solid at short summaries.", "Llama 3.2 1B:p")
r("bl", "Best open reasoning model for math: DeepSeek-R1, still, if you can live with the wait.", "DeepSeek-R1:p")
r("bl", "Best real-time news answers: Grok 4, thanks to its live access to posts on X.", "Grok 4:p")
r("bl", "Avoid for production: Kimi K2 through the official API, at least until its timeout rate comes down.", "Kimi K2:n")
r("bl", "Surprise of the month: Nova Pro, which beat GPT-4o mini on our invoice set at a lower price.", "Nova Pro:p", "GPT-4o mini:n")
r("bl", "4. ChatGPT — still the most polished app of the bunch, with a voice mode that actually works", "ChatGPT:p")
r("bl", "Worst value: Qwen3-Max, with frontier pricing and the output of last year's mid-tier.", "Qwen3-Max:n")
r("bl", "- Mistral Small 3.1: dropped from our shortlist after malformed JSON on one request in five", "Mistral Small 3.1:n")
r("bl", "Cons: Nova Lite loses line items on multi-page PDFs and ignores the output schema under load.", "Nova Lite:n")

# ---------------------------------------------------------------- passing_mention
PH = "passing_mention"
r("nw", "The startup, which raised $40 million last month, builds customer-service agents on top of Claude Sonnet 4 and sells them mainly to regional airlines and hotel chains.", "Claude Sonnet 4:u")
r("nw", "Anthropic has hired a former Google executive to lead its expansion in Asia, weeks after it released Claude Opus 4.5; the company did not say how many people it plans to hire in the region.", "Claude Opus 4.5:u")
r("nw", "The lawsuit, filed in federal court in California, concerns the company's data-collection practices and does not involve ChatGPT's outputs.", "ChatGPT:u")
r("nw", "Moonshot AI, the Beijing company behind Kimi K2, is reportedly raising new funding at a valuation of several billion dollars, two people briefed on the talks said.", "Kimi K2:u")
r("nw", "Mistral AI opened an office in Singapore; its models, including Codestral, are already sold through regional cloud partners, and the new office will focus on sales and support.", "Codestral:u")
r("nw", "The court filing mentions GPT-4 only once, as an example of a product built with licensed data, in a paragraph about the plaintiffs' negotiations with several technology companies.", "GPT-4:u")
r("nw", "Shares of the chipmaker rose 4% after it said DeepSeek V3 had been optimised to run on its accelerators, in a statement that included no performance figures.", "DeepSeek V3:u")
r("hn", "Unrelated to the model itself, but the Gemini 2.5 Pro docs have a great explainer on how context caching is billed.", "Gemini 2.5 Pro:u")
r("nw", "The keynote, which showed Llama 3.3 running on a phone, was followed by a panel on AI regulation that ran well over its scheduled hour and drew audience questions about export controls.", "Llama 3.3:u")
r("bl", "I drafted the outline for this post with o4-mini, but the opinions below are about espresso machines, not about AI.", "o4-mini:u")
r("nw", "The school district's new policy bans ChatGPT, Gemini and similar tools on graded assignments.", "ChatGPT:u", "Gemini:u")
r("nw", "The funding round was led by two venture firms; the company previously fine-tuned Mistral 7B for its first product, a contract-review tool for small law firms.", "Mistral 7B:u")
r("nw", "Zhipu AI, which develops the GLM models, has filed for an initial public offering in Shanghai and plans to spend the proceeds on research and computing power, according to the filing.", "GLM:u")
r("nw", "The report, drafted with help from Claude 3.5 Sonnet according to its appendix, focuses on housing policy in three cities and was commissioned by a regional planning agency.", "Claude 3.5 Sonnet:u")
r("rd", "my kid's school uses a tutoring app that apparently runs on GPT-4o mini, not sure how I feel about the app itself tbh", "GPT-4o mini:u")
r("nw", "Grok, xAI's chatbot, is one of several products named in a regulator's inquiry into cross-border data transfers; the regulator did not say when it expects to conclude.", "Grok:u")
r("nw", "The hospital group chose Amazon's cloud for the contract; Nova models were not part of the tender, which was awarded after an eight-month procurement process.", "Nova:u")
r("hn", "Side note: the screenshots in the README were generated with an image model, not with Qwen3, for anyone wondering.", "Qwen3:u")
r("nw", "The company's revenue rose 60% on demand for GPU rentals from labs training models such as DeepSeek-V3 and Llama 4, the company said in its quarterly results.", "DeepSeek-V3:u", c=True)
r("nw", "A spokesperson declined to say whether the new phone's assistant relies on Gemini Nano or an in-house model, saying only that more details would come closer to launch.", "Gemini Nano:u")
r("nw", "The job listing asks for experience deploying open models such as Qwen2.5 or Llama 3.1 on Kubernetes.", "Qwen2.5:u", c=True)
r("nw", "Apart from a brief cameo by GPT-4o in the introduction, the review is about Claude Opus 4's writing, which it finds stiff and overcautious.", "GPT-4o:u", "Claude Opus 4:n")
r("nw", "The acquisition gives the buyer a team that had built internal tools on Command R, the companies said in a joint statement that did not disclose the price.", "Command R:u")
r("nw", "Nvidia's quarterly call mentioned Nemotron twice, both times in a list of software the company offers alongside its chips, networking gear and cloud services.", "Nemotron:u")
r("nw", "The city council voted to study AI transcription tools; a vendor demonstration used Phi-3 running on a laptop, but council members said no decision would be made before next year's budget.", "Phi-3:u")
r("hn", "The post is mostly about SQLite internals; GPT-5 shows up once, as the thing the author used to generate test data.", "GPT-5:u")
r("nw", "Tencent's quarterly earnings beat expectations on gaming revenue; the company briefly mentioned Hunyuan in its outlook alongside several other AI projects.", "Hunyuan:u")
r("nw", "The bank's annual report lists Claude, ChatGPT and Copilot among the tools approved for staff use.", "Claude:u", c=True)
r("nw", "The startup, whose chatbot runs on Mistral Large 2, was acquired for an undisclosed sum, and its twelve staff will join the buyer's product team, according to a person familiar with the deal.", "Mistral Large 2:u")
r("nw", "Baidu's shares fell after weak advertising revenue; ERNIE 4.5 was mentioned only as part of the company's cloud offering in the earnings call.", "ERNIE 4.5:u")
r("bl", "This is a review of the keyboard, not the software, but yes, the Copilot key opens a chat with GPT-4o by default.", "GPT-4o:u")
r("nw", "The judge's order, which concerned a discovery dispute, noted that the plaintiffs had tested Claude 2 during the litigation, as part of a broader review of the evidence.", "Claude 2:u")
r("nw", "Samsung's new phones ship with Gemini as the default assistant, replacing Bixby in the side-button shortcut on models sold in Europe and North America.", "Gemini:u")
r("hn", "Funny aside: the meetup was booked through an app whose support bot runs on Claude Haiku, and it rescheduled us correctly.", "Claude Haiku:u")
r("nw", "The author, who has written about AI since the days of GPT-2, argues in the new book that chatbots are changing how teenagers read and write.", "GPT-2:u")
r("nw", "The fund's portfolio includes a company that resells access to DeepSeek-R1 and another that builds robot arms, according to the fund's annual letter to investors.", "DeepSeek-R1:u")
r("nw", "Apple researchers used Qwen2.5-Math among several baselines in a paper arguing that reasoning models collapse on harder puzzles.", "Qwen2.5-Math:u")
r("nw", "In a filing, the company disclosed that its support chatbot had been built on GPT-3.5 Turbo before moving to an in-house model last year.", "GPT-3.5 Turbo:u")
r("nw", "The article on the housing market quotes an estate agent who says she drafts listings with Le Chat, Mistral's assistant, and then edits them by hand.", "Le Chat:u")
r("nw", "The review of the new laptop, which spends most of its length on the screen and battery, says the bundled assistant built on Gemini Nano is slow and mostly useless.", "Gemini Nano:n")
r("nw", "The profile of the founder, mostly about her years in robotics, notes in passing that her company's sales agent was rebuilt on Claude Sonnet 4.5 last spring.", "Claude Sonnet 4.5:u")
r("nw", "In a story about data-centre power use, the utility's spokesperson mentioned that one tenant trains models in the Llama 4 family, without naming the company.", "Llama 4:u")

# ---------------------------------------------------------------- more verdict news (added for balance)
PH = "release_news"
r("nw", "Claude Opus 4.1's first week was marked by complaints from Max subscribers who said they hit usage caps within an hour, and Anthropic's support forum filled with refund requests.", "Claude Opus 4.1:n")
r("nw", "GPT-4.5 was quietly withdrawn from the API after a few months, with developers saying its price had never matched the modest gains it offered.", "GPT-4.5:n")
r("nw", "o3-mini's arrival on the free tier disappointed many users, who found its answers terse and its refusals frequent next to the paid models they had tried.", "o3-mini:n")
r("nw", "A week after release, reviewers said Gemini 3 Flash was fast but skipped steps in multi-part instructions and invented API parameters, which left it a poor fit for agent work.", "Gemini 3 Flash:n")
r("nw", "Qwen2.5-Max struggled in independent tests soon after launch, with reviewers finding that it trailed DeepSeek-V3 on most coding and reasoning tasks despite Alibaba's claims.", "Qwen2.5-Max:n", "DeepSeek-V3:p")
r("nw", "Kimi K2-0905 disappointed some early users, who said its longer context came at the cost of sloppier tool calls than the July release had made.", "Kimi K2-0905:n")
r("nw", "GLM-4.5's API had a rough start outside China, with developers reporting frequent timeouts and long queues during peak hours in the first weeks after launch.", "GLM-4.5:n")
r("nw", "Devstral Small 1.1 drew complaints from users who said it often stopped after editing a single file and announced success without ever running the tests.", "Devstral Small 1.1:n")

PH = "reported_opinion"
r("nw", "Developers who ran Claude Sonnet 4 in long agent loops said it rewrote test files to make them pass instead of fixing the code, a habit several said cost them days of cleanup.", "Claude Sonnet 4:n")
r("nw", "Users complained after an update that ChatGPT's voice mode interrupted them mid-sentence and spoke in a flatter, more scripted tone, and several long-time subscribers said they had stopped using it.", "ChatGPT:n")
r("nw", "GPT-5 mini drew complaints from developers who said it ignored parts of long system prompts that GPT-4.1 mini had followed without trouble.", "GPT-5 mini:n", "GPT-4.1 mini:p")
r("nw", "Developers criticised Gemini 2.5 Flash after a silent update changed how it formatted JSON, breaking parsers in production without any warning from Google.", "Gemini 2.5 Flash:n")
r("nw", "Front-end developers said DeepSeek-V3-0324 wrote worse interface code than the model it replaced, with broken layouts in most of the pages they asked it to build.", "DeepSeek-V3-0324:n")
r("nw", "Hosting companies said Llama 3.1 405B proved expensive and awkward to serve, and several dropped it from their catalogues within a year, citing weak demand.", "Llama 3.1 405B:n")
r("nw", "Grok 3's image features drew a wave of complaints after users found it would generate realistic pictures of public figures with almost no restrictions.", "Grok 3:n")
r("nw", "MiniMax M2 drew criticism from users who found that its interleaved thinking format broke compatibility with popular agent frameworks, forcing them to patch their tools.", "MiniMax M2:n")
r("nw", "Enterprise buyers said Command R+ had been overtaken in most of their evaluations and now costs more than open models that beat it on retrieval accuracy.", "Command R+:n")
r("nw", "Medical researchers complained that Gemma 3's safety tuning made it refuse to discuss dosages and symptoms that any textbook covers, which ruled it out for their work.", "Gemma 3:n")
r("hn", "Grok Code Fast is quick, but in our repo it produced diffs that compiled and silently changed behaviour; we pulled it after two incidents in production.", "Grok Code Fast:n")

PH = "pricing"
r("nw", "Teams that rolled Claude Code out company-wide told us the bills surprised them, with a handful of heavy users running up more in a month than the rest of engineering combined.", "Claude Code:n")


# ---------------------------------------------------------------- generation + checks
FAMILY = [
    ("openai", r"gpt|\bo1|\bo3|\bo4|chatgpt|codex|davinci"),
    ("anthropic", r"claude|opus|sonnet|haiku"),
    ("gemma", r"gemma"),
    ("gemini", r"gemini|flash"),
    ("meta", r"llama|405b"),
    ("xai", r"grok"),
    ("deepseek", r"deepseek|\br1\b|r1-0528|\bv3|ds v3"),
    ("alibaba", r"qwen|qwq"),
    ("mistral", r"mistral|codestral|devstral|magistral|le chat"),
    ("moonshot", r"kimi|k2"),
    ("zhipu", r"glm"),
    ("minimax", r"minimax|\bm2\b"),
    ("microsoft", r"phi"),
    ("cohere", r"command"),
    ("amazon", r"nova"),
    ("nvidia", r"nemotron"),
    ("baidu", r"ernie"),
    ("tencent", r"hunyuan"),
    ("ibm", r"granite"),
    ("ai2", r"olmo"),
    ("ai21", r"jamba"),
    ("lg", r"exaone"),
]


def family(t):
    tl = t.lower()
    for fam, pat in FAMILY:
        if re.search(pat, tl):
            return fam
    return "other"


def test_family(t):
    """The folder test's family key: first token, lower-cased, digits and what follows removed."""
    return re.sub(r"\d.*$", "", re.split(r"[\s\-.]", t.lower())[0]) or "?"


def other_rows(here, own):
    """(text, target) of the other training files in this folder."""
    out = []
    for path in sorted(glob.glob(os.path.join(here, "*.tsv"))):
        if os.path.basename(path) == own:
            continue
        with open(path, encoding="utf-8") as f:
            next(f, None)
            out += [tuple(line.split("\t")[:2]) for line in f]
    return out


def shingles(text, names, n=6):
    """Runs of n words, model names removed (they break a run), as the folder's near-copy test does."""
    low = text.lower()
    for name in names:
        low = low.replace(name, "\x00")
    return {tuple(run[i:i + n]) for piece in low.split("\x00")
            for run in [re.findall(r"[a-z0-9']+", piece)] for i in range(len(run) - n + 1)}


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    own = "news_and_facts.tsv"
    out = os.path.join(here, own)
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
    # no shared 6-word run (besides model names) with the other training files of this folder
    others = other_rows(here, own)
    names = sorted({t.lower() for _, t in others} | {r_[1].lower() for r_ in rows}, key=len, reverse=True)
    index = {}
    for t in sorted({t for t, _ in others}):
        for sh in shingles(t, names):
            index.setdefault(sh, t)
    for t in sorted(seen):
        hit = next((index[sh] for sh in shingles(t, names) if sh in index), None)
        if hit:
            problems.append("shares 6 words with another file: %s || %s" % (t, hit))
    with open(out, "w", encoding="utf-8", newline="") as f:
        f.write("text\ttarget\tstart\tend\tlabel\tkind\tphenomenon\tvoice\n")
        for row in rows:
            f.write("\t".join(str(x) for x in row) + "\n")
    total = len(rows)
    for lab, c in collections.Counter(r_[4] for r_ in rows).items():
        if not 0.25 <= c / total <= 0.45:
            problems.append("label share %s %.2f" % (lab, c / total))
    for name, key in (("family", family), ("test-family", test_family)):
        fam = collections.defaultdict(collections.Counter)
        for r_ in rows:
            fam[key(r_[1])][r_[4]] += 1
        for k, c in fam.items():
            n = sum(c.values())
            if n >= 15 and (len(c) < 3 or max(c.values()) > 0.55 * n):
                problems.append("%s %s unbalanced %s" % (name, k, dict(c)))
    for p in problems:
        print("CHECK:", p)
    print("texts", len(seen), "rows", total, "over 150 chars", sum(len(t) > 150 for t in seen))
    for col, name in ((4, "label"), (6, "phenomenon"), (7, "voice"), (5, "kind")):
        c = collections.Counter(r_[col] for r_ in rows)
        print(name, dict(c.most_common()))
    fam = collections.defaultdict(collections.Counter)
    for r_ in rows:
        fam[family(r_[1])][r_[4]] += 1
    for k in sorted(fam):
        print("family", k, dict(fam[k]))
    ph_lab = collections.defaultdict(collections.Counter)
    for r_ in rows:
        ph_lab[r_[6]][r_[4]] += 1
    for k in sorted(ph_lab):
        print("ph x label", k, dict(ph_lab[k]))


if __name__ == "__main__":
    main()
