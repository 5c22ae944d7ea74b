import re
WPM = 150.0
def split_cues(text, max_words=28):
    # split a turn into sentence cues (Teams-style), keeping words verbatim
    sents = re.split(r'(?<=[.?!])\s+(?=[A-Z0-9"\'(\[])', text.strip())
    cues, cur = [], []
    for s in sents:
        w = s.split()
        if cur and len(cur) + len(w) > max_words:
            cues.append(' '.join(cur)); cur = []
        cur += w
        if len(cur) >= max_words * 0.6:
            cues.append(' '.join(cur)); cur = []
    if cur: cues.append(' '.join(cur))
    return cues
def ts(sec):
    ms = int(round(sec * 1000)); h, ms = divmod(ms, 3600000); m, ms = divmod(ms, 60000); s, ms = divmod(ms, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}.{ms:03d}"
def estimate(turns, start=1.0, anchors=None):
    """turns: [(speaker, text)]; anchors: {turn_index: seconds} real timestamps at turn starts.
    Returns cue list [(start, end, speaker, text)]. Between anchors the speaking rate is rescaled."""
    cues = []
    # word-count-based times at 150 wpm
    per = []
    t = start
    for i, (spk, text) in enumerate(turns):
        if i > 0: t += 0.6 if turns[i-1][0] != spk else 0.3
        tc = []
        for c in split_cues(text):
            d = max(0.8, len(c.split()) * 60.0 / WPM)
            tc.append((t, t + d, c)); t += d + 0.25
        per.append(tc)
    if anchors:
        # piecewise-linear remap of estimated times onto the real anchor times
        pts = sorted((per[i][0][0], sec) for i, sec in anchors.items() if per[i])
        if pts[0][0] > start: pts.insert(0, (start, min(start, pts[0][1])))
        def remap(x):
            for (a0, b0), (a1, b1) in zip(pts, pts[1:]):
                if x <= a1: return b0 + (x - a0) * (b1 - b0) / (a1 - a0 if a1 > a0 else 1)
            a0, b0 = pts[-1]; return b0 + (x - a0)
        per = [[(remap(s), remap(e), c) for s, e, c in tc] for tc in per]
    for (spk, _), tc in zip(turns, per):
        for s, e, c in tc: cues.append((s, e, spk, c))
    return cues
def write_vtt(path, cues):
    with open(path, 'w') as f:
        f.write('WEBVTT\n\n')
        for s, e, spk, c in cues:
            f.write(f"{ts(s)} --> {ts(e)}\n<v {spk}>{c}</v>\n\n")
