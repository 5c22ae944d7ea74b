import os, re, sys
sys.path.insert(0, os.path.dirname(__file__)); from vtt_timing import *
def parse(path):
    turns, prev = [], None
    for line in open(path, encoding='utf-8'):
        raw = line.rstrip('\n').replace('\f', '')
        key = re.sub(r'^\s*\d+\s+', '', raw).strip()
        if key and key == prev: continue   # the PDF repeats a page's last line at the top of the next page
        if key and not re.match(r'^(\d+\s+)?\d+/\d+$|^\d+$', key): prev = key
        if re.match(r'^\s*(\d+\s+)?\d+/\d+\s*$', raw) or re.match(r'^\s*\d+\s*$', raw) or raw.strip() in ('', 'Interview'): continue
        m = re.match(r'^\s*\d+\s+(Dan|Participant|Particpant):\s?(.*)$', raw)
        if m:
            turns.append(['Dan' if m.group(1) == 'Dan' else None, m.group(2).strip()]); continue
        m2 = re.match(r'^\s*\d+\s+(.*)$', raw)
        body = raw.strip()
        if turns: turns[-1][1] += ' ' + body
    return turns
# usage: pdpilot_to_vtt.py TXT_DIR OUT_DIR  (TXT_DIR holds P1.txt..P7.txt from `pdftotext -layout results/transcripts/Pn.pdf`)
txt_dir, out_dir = sys.argv[1], sys.argv[2]
for i in range(1, 8):
    turns = parse(os.path.join(txt_dir, f'P{i}.txt'))
    name = f'Participant P{i}'
    turns = [('Dan' if s == 'Dan' else name, re.sub(r'\s+', ' ', t)) for s, t in turns if t.strip()]
    cues = estimate(turns)
    write_vtt(os.path.join(out_dir, f'pdpilot-p{i}.vtt'), cues)
    print(i, len(turns), len(cues), ts(cues[-1][1]))
