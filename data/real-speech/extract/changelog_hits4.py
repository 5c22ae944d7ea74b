"""Fourth pass (chunks 14-15): interviewer candidates for pitch, hypothetical_question, generic_question,
multi_part_question (and interviewee emotion / vague_quantity) from Changelog episodes that no earlier
pool used, including the shows not sampled before (Friends, Brain Science, Backstage: new studies).
Each hit keeps its neighbouring turn (the turn that answers it, or the one before), so about a third of
the items are ordinary turns. Cue phrases choose what to sample, never labels; ids end in -q<n>.
"""
import re, os, sys, random, collections, json, glob
sys.path.insert(0, os.path.dirname(__file__))
import changelog as C
from changelog_hits import STRICT_RE
from common import split_utterances, tail_words, write_jsonl

SHOWS = list(C.SHOWS) + ['friends', 'brainscience', 'backstage']
STUDY = dict(C.STUDY, friends='changelog-friends', brainscience='changelog-brainscience',
             backstage='changelog-backstage')
EXTRA = {
    'pitch': ('interviewer', r"\bwe (just )?(built|made|created|designed|launched|added|shipped|released|rewrote|started|have) (a|an|the|our|this|it|that|new)\b|\bwe('re| are) (building|working on|launching|adding|shipping|rolling out|doing)\b|\bour (new )?(newsletter|app|platform|site|tool|feature|product|show|podcast|membership|community)\b|\blet me tell you\b|\bactually (we|our|it) (already|do|does|have)\b|\bthe reason we\b|\bwhat (this|it) (does|lets you)\b|\bchangelog (plus plus|\+\+|news|nightly)"),
    'hypothetical_question': ('interviewer', r"(\bwould you (use|pay|buy|want|switch|try|recommend|consider|ever|be willing|be interested|do)\b|\bif (you|we|there) (had|could|were|built|was)\b|\bhow likely\b|\bwhat would (you|it) (do|look like|take)\b|\bimagine\b|\bsuppose\b|\bwhat if\b|\bin (five|ten|5|10) years\b).*\?"),
    'generic_question': ('interviewer', r"\b(usually|typically|in general|generally|normally|how often|tend to|on a typical|day[- ]to[- ]day|a typical day|what does your .* look like)\b.*\?"),
    'multi_part_question': ('interviewer', r"\?[^?]{3,}\?"),
    'emotion': STRICT_RE['emotion'][:1] + (STRICT_RE['emotion'][1].pattern,),
    'vague_quantity': ('interviewee', r"\b(a lot (more|less|faster|easier|better|of time)|way (more|faster|better|easier)|so much (time|faster|easier|better|more)|saves? (us |me )?(a lot of |so much )?time|huge (difference|improvement|win|impact)|big difference|massive(ly)?|tons of|significantly|dramatically|orders? of magnitude)\b"),
}
TARGET = {'pitch': 95, 'hypothetical_question': 95, 'generic_question': 75, 'multi_part_question': 40,
          'emotion': 25, 'vague_quantity': 25}
PER_SHOW = 14


def sample(extra, target, seed, pool, suffix, show_cap=PER_SHOW, neighbour_share=1.0):
    """Write /work/corpus/pool/<pool>.jsonl: up to target[label] hits per cue family (ids end in -<suffix><n>).

    neighbour_share < 1 keeps a hit's neighbouring turn only that often (own rng, so the default draws
    nothing extra and chunks 14/16 sample as before)."""
    nrng = random.Random(seed + 1)
    rx = {k: (r, re.compile(p, re.I)) for k, (r, p) in extra.items()}
    used = {json.loads(l)['source'] for f in glob.glob('/work/corpus/pool/*.jsonl') for l in open(f)}
    done = [json.loads(l) for f in glob.glob('/work/corpus/chunks/*.jsonl') for l in open(f)]
    used |= {i['source'] for i in done}
    seen_txt = {i['text'] for i in done}
    excl = [l.strip() for l in open('/work/corpus/scenario-exclude.txt') if l.strip()]
    rng = random.Random(seed)
    eps_all = []
    for show in SHOWS:
        files = sorted(os.listdir(os.path.join(C.RAW, show)))
        eps = {f: C.parse(open(os.path.join(C.RAW, show, f), encoding='utf-8').read()) for f in files}
        cnt = collections.Counter()
        for t in eps.values():
            cnt.update({s for s, _ in t})
        hosts = {s for s, c in cnt.items() if c >= 5} | C.REGULARS
        for f, t in eps.items():
            path = f'{show}/{f}'
            if C.SRC.format(path=path) in used or any(e in path for e in excl):
                continue
            guests = {s for s, _ in t} - hosts
            if 1 <= len(guests) <= 2 and len(t) >= 30:
                eps_all.append((show, f, t, hosts))
    rng.shuffle(eps_all)
    got = collections.Counter(); per_show = collections.Counter(); items = []; texts = set(seen_txt)
    for show, f, t, hosts in eps_all:
        ep = f[:-3]; study = STUDY[show]; src = C.SRC.format(path=f'{show}/{f}')
        turns = [('interviewer' if s in hosts else 'interviewee', x) for s, x in t]
        taken = set(); k = 0; last = {'interviewer': '', 'interviewee': ''}; ctx = []
        for role, x in turns:
            other = 'interviewee' if role == 'interviewer' else 'interviewer'
            ctx.append((tail_words(last[other]), last[other]))
            last[role] = x
        for i, (role, x) in enumerate(turns):
            if len(taken) >= 3:
                break
            for u in split_utterances(x):
                fam = [lab for lab in target if rx[lab][0] == role and rx[lab][1].search(u) and lab not in taken
                       and got[lab] < target[lab] and per_show[(show, lab)] < show_cap]
                if not fam or not ctx[i][0] or u in texts:
                    continue
                lab = fam[0]; taken.add(lab); got[lab] += 1; per_show[(show, lab)] += 1
                group = [(role, u, ctx[i][0])]
                # neighbour: the answer to an interviewer hit, the question before an interviewee hit
                j = i + 1 if role == 'interviewer' else i - 1
                if 0 <= j < len(turns) and turns[j][0] != role and (neighbour_share >= 1 or nrng.random() < neighbour_share):
                    pieces = split_utterances(turns[j][1])
                    nb = pieces[0] if role == 'interviewer' else pieces[-1] if pieces else None
                    if nb and nb not in texts and re.search('[A-Za-z]', nb):
                        group.append((turns[j][0], nb, ctx[j][0]))
                for r, tx, c in group:
                    texts.add(tx)
                    items.append({'id': f'rs-{study}-{ep}-{suffix}{k}', 'role': r, 'text': tx, 'context': c,
                                  'source': src, 'study': study, 'labels': [], 'tags': []})
                    k += 1
                break
    write_jsonl(f'/work/corpus/pool/{pool}.jsonl', items)
    print(pool, len(items), dict(got))
    print(collections.Counter(i['study'] for i in items))


def main():
    sample(EXTRA, TARGET, 1414, 'changelog_hits4', 'q')


if __name__ == '__main__':
    main()
