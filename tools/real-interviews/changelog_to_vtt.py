import os, re, sys
sys.path.insert(0, os.path.dirname(__file__)); from vtt_timing import *
def parse(path):
    txt = open(path, encoding='utf-8').read()
    parts = re.split(r'\\\* ?\\\* ?\\\*', txt)   # "\* \* \*" or "\*\*\*"
    if len(parts) > 1: txt = parts[1]   # keep the conversation only: the narration before and after the separators was added in editing
    turns, anchors = [], {}
    for para in re.split(r'\n\s*\n', txt):
        para = para.strip()
        if not para: continue
        m = re.match(r'^\*\*([^*]+):\*\*\s*(.*)$', para, re.S)
        if m: turns.append([m.group(1).strip(), ''])
        body = m.group(2) if m else para
        if not turns: continue
        tm = re.search(r'\\\[(\d+):(\d+)(?::(\d+))?\\\]', body)
        if tm and not turns[-1][1]:
            g = [int(x) for x in tm.groups() if x is not None]
            sec = g[0]*60+g[1] if len(g) == 2 else g[0]*3600+g[1]*60+g[2]
            anchors[len(turns)-1] = float(sec)
        body = re.sub(r'\\\[\d+:\d+(?::\d+)?\\\]\s*', '', body)
        body = re.sub(r'\\\[[^\]]*?\\\]', '', body)          # [laughter], [unintelligible ...]
        body = body.replace('\\*', '*').replace('\\_', '_').replace('\\', '')
        body = re.sub(r'\s+', ' ', body).strip()
        turns[-1][1] = (turns[-1][1] + ' ' + body).strip()
    turns = [(s, t) for s, t in turns if t and s != 'Break']   # 'Break:' marks an edit, nobody speaks
    return turns, anchors
# usage: changelog_to_vtt.py TRANSCRIPTS_CHECKOUT OUT_DIR  (a checkout of thechangelog/transcripts)
repo, out_dir = sys.argv[1], sys.argv[2]
for src, out in [('spotlight/spotlight-10.md', 'changelog-spotlight-10'), ('spotlight/spotlight-4.md', 'changelog-spotlight-4'),
                 ('spotlight/spotlight-9.md', 'changelog-spotlight-9'), ('spotlight/spotlight-11.md', 'changelog-spotlight-11'),
                 ('spotlight/spotlight-2.md', 'changelog-spotlight-2'), ('spotlight/spotlight-3.md', 'changelog-spotlight-3')]:
    turns, anchors = parse(os.path.join(repo, src))
    cues = estimate(turns, anchors=anchors or None)
    write_vtt(os.path.join(out_dir, out + '.vtt'), cues)
    print(out, len(turns), len(cues), anchors, ts(cues[-1][1]))
