"""Rare-label candidate utterances from Changelog episodes NOT used for the consecutive runs.

Sentence-sized utterances are matched against strict cue phrases (used only to choose what to sample,
never as labels); per episode at most one utterance per cue family and three in all, per show and
family at most PER_SHOW, so candidates spread over many episodes and speakers.
"""
import re, os, sys, random, collections, json
sys.path.insert(0, os.path.dirname(__file__))
import changelog as C
from common import split_utterances, tail_words, write_jsonl

STRICT = {
    'leading_question': ('interviewer', r"(,|\s)right\?\s*$|\bdon'?t you think\b|\bwouldn'?t it be\b|\bisn'?t (it|that) (great|amazing|awesome|cool|crazy|weird|funny|frustrating|annoying|hard|true|better|the)\b|\bi bet (you|that)\b|\bdoesn'?t it\?|\bwasn'?t it\?|\bdidn'?t you\?|\bdon'?t you\?|\baren'?t you\?|\bisn'?t it\?|\bwouldn'?t you (say|agree)"),
    'pitch': ('interviewer', r"\bwe (built|made|created|designed|launched|added|shipped|released|rewrote|started) (a|an|the|our|this|it|that)\b|\bwe('re| are) (building|working on|launching|adding|shipping|rolling out)\b|\bchangelog\s?\+\+|\bour (new )?(newsletter|app|platform|site|tool|feature|product)\b|\blet me tell you about\b|\bwe have (a|an) (new )?\w+ (that|which|called)\b"),
    'commitment': ('interviewee', r"\bi('ll| will) (send|share|email|ping|introduce|connect|follow up|reach out|put|post|link|get you|dm|give you|check|look into|come back)\b|\bi'?d (love|be happy|be glad) to (come back|do|join|help|chat|talk|share|send)\b|\bhappy to (come back|help|share|chat|talk|join|send)\b|\blet'?s do (it|that)\b|\bcount me in\b|\bsign me up\b|\bwe('ll| will) (send|share|set up|schedule|get you)\b|\bdefinitely,? (i'll|we'll|let's)\b"),
    'feature_request': ('interviewee', r"\bi wish\b|\bit would be (nice|great|cool|awesome|helpful|useful|amazing)\b|\bit'?d be (nice|great|cool|awesome|helpful|amazing)\b|\bwould love (to see|it if|for)\b|\bi'?d love (to see|it if|for)\b|\byou should (add|build|make|support|have)\b|\bthey should (add|build|make|support|have)\b|\bif only\b|\bwhat i('d| would) (really )?(like|love|want) (is|to see)\b|\bi want (a|an) \w+ (that|which|to)\b"),
    'hypothetical_question': ('interviewer', r"(\bwould you (use|pay|buy|want|switch|try|recommend|consider|ever)\b|\bif (you|we) (had|could|were|built)\b|\bhow likely\b|\bwhat would you do if\b|\bimagine\b).*\?"),
    'generic_question': ('interviewer', r"\b(usually|typically|in general|generally|normally|how often|tend to)\b.*\?"),
    'multi_part_question': ('interviewer', r"\?[^?]{3,}\?"),
    'emotion': ('interviewee', r"\b(frustrat\w*|angry|furious|scared|terrified|afraid|anxious|stressed|overwhelm\w*|relieved|heartbroken|devastat\w*|thrilled|ecstatic|cried|crying|panick?\w*|nervous|embarrass\w*|ashamed|disappointed|burn(ed|t) out|exhausted|miserable|depress\w*|hated|loved it|blown away|freaked out|terrible|awful|nightmare)\b"),
}
STRICT_RE = {k: (r, re.compile(p, re.I)) for k, (r, p) in STRICT.items()}
TARGET = {'leading_question': 110, 'pitch': 100, 'commitment': 100, 'feature_request': 110,
          'hypothetical_question': 60, 'generic_question': 50, 'multi_part_question': 50, 'emotion': 70}
PER_SHOW = 16


def main():
    used = {json.loads(l)['source'] for l in open('/work/corpus/pool/changelog.jsonl')}
    excl = [l.strip() for l in open('/work/corpus/scenario-exclude.txt') if l.strip()]
    rng = random.Random(1717)
    eps_all = []
    for show in C.SHOWS:
        files = sorted(os.listdir(os.path.join(C.RAW, show)))
        eps = {f: C.parse(open(os.path.join(C.RAW, show, f), encoding='utf-8').read()) for f in files}
        cnt = collections.Counter()
        for t in eps.values():
            cnt.update({s for s, _ in t})
        hosts = {s for s, c in cnt.items() if c >= 5} | C.REGULARS
        for f, t in eps.items():
            path = f'{show}/{f}'
            src = C.SRC.format(path=path)
            if src in used or any(e in path for e in excl):
                continue
            guests = {s for s, _ in t} - hosts
            if 1 <= len(guests) <= 2 and len(t) >= 30:
                eps_all.append((show, f, t, hosts))
    rng.shuffle(eps_all)
    got = collections.Counter(); per_show = collections.Counter(); items = []
    for show, f, t, hosts in eps_all:
        path = f'{show}/{f}'; ep = f[:-3]; study = C.STUDY[show]
        last = {'interviewer': '', 'interviewee': ''}
        taken_here = set(); k = 0
        for s, x in t:
            role = 'interviewer' if s in hosts else 'interviewee'
            other = 'interviewee' if role == 'interviewer' else 'interviewer'
            if len(taken_here) < 3:
                for u in split_utterances(x):
                    fam = [lab for lab, (r, rx) in STRICT_RE.items() if r == role and rx.search(u)
                           and lab not in taken_here and got[lab] < TARGET[lab] and per_show[(show, lab)] < PER_SHOW]
                    if fam and last[other]:
                        lab = fam[0]
                        taken_here.add(lab); got[lab] += 1; per_show[(show, lab)] += 1
                        items.append({'id': f'rs-{study}-{ep}-h{k}', 'role': role, 'text': u,
                                      'context': tail_words(last[other]), 'source': C.SRC.format(path=path),
                                      'study': study, 'labels': [], 'tags': []})
                        k += 1
                        break
            last[role] = x
    rng.shuffle(items)
    if '--trim' in sys.argv:  # second step, run after chunks 00-05: drop not-yet-written multi-part/emotion-only
        import glob                # candidates (those labels are common in the runs already)
        em = {json.loads(l)['id'] for f in glob.glob('/work/corpus/chunks/[0-9][0-9].jsonl') for l in open(f)}
        def fams(i):
            return [lab for lab, (r, rx) in STRICT_RE.items() if r == i['role'] and rx.search(i['text'])]
        items = [i for i in items if i['id'] in em or not fams(i)
                 or any(f not in ('multi_part_question', 'emotion') for f in fams(i))]
    write_jsonl('/work/corpus/pool/changelog_hits.jsonl', items)
    print('hits', len(items), dict(got))
    print(collections.Counter((i['study'], i['role']) for i in items))


if __name__ == '__main__':
    main()
