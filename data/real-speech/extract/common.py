"""Shared helpers: turn transcripts into verbatim utterance items.

A transcript is a list of turns (speaker, role, text). Items are cut from consecutive runs of turns
(a representative mass) plus short windows around turns that match rare-label cue phrases (so the rare
labels get enough candidates). Text is kept verbatim; long turns are split at sentence ends into
utterances of at most ~60 words; context is the other side's last turn, trimmed to its last 60 words.
"""
import json, re

SENT_END = re.compile(r'(?<=[.?!])\s+(?=\S)')
MAX_WORDS = 60

# Cue phrases used only to choose WHERE to sample (never as labels).
CUES = {
    'leading_question': r"\bright\?|\bdon'?t you think|\bwouldn'?t it be|\bisn'?t (it|that)\b|\bdon'?t you (feel|agree|love)|\bi bet you|\bwouldn'?t you (say|agree)|\bisn'?t it\b|\bcorrect\?|\byeah\?$|\bagree\?",
    'pitch': r"\bwe built|\bwe('re| are) (working on|building|planning|designing|adding|trying)|\bwe (designed|created|made|added|changed|updated|wanted)|\bour (tool|team|goal|plan|idea|prototype|design)|\bthis (prototype|feature|tool|page|design) (is|will|lets|allows|would)|\bwhat (this|it) does is|\bthe idea (is|was|here)|\bactually (it|this|we|our)|\broadmap|\bin the future (we|this|it)|\blet me (show|explain|tell you)",
    'commitment': r"\bfollow[- ]?up|\bi('ll| will| can) (send|email|introduce|intro|share|forward|do that|try|connect|reach|look|get|follow|be happy)|\bhappy to (help|do|join|talk|participate|share)|\bsign me up|\bcount me in|\bfeel free to (reach|contact|email)|\bnext (session|round|study|time)|\bpilot|\bdefinitely (would|will)|\bi'?d (love|be glad|be happy) to|\bsure,? (i|we)('ll| will| can)|\breach out",
    'feature_request': r"\bit would be (nice|great|helpful|good|cool|useful)|\bi wish|\byou should (add|have|put|make|include)|\bi('d| would) (like|love|want) (to see|it to|if|a |an |the )|\bwould be (nice|great|helpful) (if|to)|\bit'?d be (nice|great|helpful|cool)|\bif (it|there|you) (could|had|would)|\bshould (have|be able|show|let)|\bwould help (if|me)|\bmaybe (add|a button|an option)",
    'hypothetical_question': r"\bwould you\b|\bif (we|you|there|it) (had|were|could|built|added)|\bhow likely|\bwould (it|that|this) (help|be)|\bimagine|\bwhat if\b|\bsuppose",
    'emotion': r"\b(frustrat|annoy|angry|mad\b|upset|scared|afraid|fear|anxious|stress|worr|relie|love\b|hate\b|excit|thrill|sad\b|cried|cry|overwhelm|drown|nightmare|horribl|terrible|awful|panic|nervous|embarrass|happy|proud|disappoint|confus|grateful|thankful|blown away)",
    'generic_question': r"\busually\b|\btypically\b|\bin general\b|\bgenerally\b|\bnormally\b|\bhow often\b|\btend to\b",
    'multi_part_question': r"\?[^?]{3,}\?",
}
CUE_RE = {k: re.compile(v, re.I) for k, v in CUES.items()}


def words(s):
    return s.split()


def tail_words(s, n=MAX_WORDS):
    w = s.split()
    return ' '.join(w[-n:]) if len(w) > n else s.strip()


def split_utterances(text):
    """Split a turn into sentence-sized pieces (verbatim) of at most ~MAX_WORDS words."""
    text = re.sub(r'\s+', ' ', text).strip()
    if len(words(text)) <= MAX_WORDS:
        return [text] if text else []
    sents = SENT_END.split(text)
    out, cur = [], []
    for s in sents:
        sw = words(s)
        if len(sw) > MAX_WORDS:  # one run-on sentence: cut at commas, else hard at MAX_WORDS
            if cur:
                out.append(' '.join(cur)); cur = []
            piece = []
            for w in sw:
                piece.append(w)
                if len(piece) >= 25 and (w.endswith(',') or len(piece) >= MAX_WORDS):
                    out.append(' '.join(piece)); piece = []
            if piece:
                out.append(' '.join(piece))
            continue
        if cur and len(cur) + len(sw) > 40:
            out.append(' '.join(cur)); cur = []
        cur.extend(sw)
    if cur:
        out.append(' '.join(cur))
    return out


def cue_hits(text, role):
    hits = set()
    for k, r in CUE_RE.items():
        if k in ('leading_question', 'pitch', 'hypothetical_question', 'generic_question', 'multi_part_question') and role != 'interviewer':
            continue
        if k in ('commitment', 'feature_request', 'emotion') and role != 'interviewee':
            continue
        if r.search(text):
            hits.add(k)
    return hits


def select_turns(turns, runs=((0.15, 24),), hit_window=2, max_hits=40):
    """Indices of turns to emit: runs (start fraction, length) + windows around cue hits."""
    n = len(turns)
    keep = set()
    for frac, length in runs:
        s = int(n * frac)
        keep.update(range(s, min(n, s + length)))
    hits = 0
    for i, t in enumerate(turns):
        if hits >= max_hits:
            break
        if cue_hits(t['text'], t['role']):
            hits += 1
            keep.update(range(max(0, i - hit_window + 1), min(n, i + 1)))  # the hit and the turn before it
    return sorted(keep)


def make_items(turns, keep, study, source, idprefix, start=0, max_pieces=99):
    """Items for the kept turns; context = other side's last turn (trimmed)."""
    items = []
    last = {'interviewer': '', 'interviewee': ''}
    k = start
    keep = set(keep)
    for i, t in enumerate(turns):
        other = 'interviewee' if t['role'] == 'interviewer' else 'interviewer'
        if i in keep:
            for u in split_utterances(t['text'])[:max_pieces]:
                if not re.search(r'[A-Za-z]', u):
                    continue
                items.append({'id': f'{idprefix}-{k}', 'role': t['role'], 'text': u,
                              'context': tail_words(last[other]), 'source': source, 'study': study,
                              'labels': [], 'tags': []})
                k += 1
        last[t['role']] = t['text']
    return items, k


def write_jsonl(path, items):
    with open(path, 'w') as f:
        for it in items:
            f.write(json.dumps(it, ensure_ascii=False) + '\n')
