"""VA 21-526EZ supplemental-claim study (2025-10..12; department-of-veterans-affairs/va.gov-team,
products/disability/526ez/research/CC-Team-Research/2025-10-Supplemental-Claim/Transcripts/, public domain).
The files are one run of "hh:mm:ssName: text" segments; a moderator segment carries its real start time,
a participant segment none. Each segment becomes one turn; its time, when given, is an anchor, and cue times
between anchors are interpolated from word counts (vtt_timing.estimate).
usage: va_supplemental_to_vtt.py RAW_DIR OUT_DIR   (RAW_DIR holds Pnn.txt: the part of each file before the prototypes)
"""
import os, re, sys
sys.path.insert(0, os.path.dirname(__file__)); from vtt_timing import *
TEAM = r'Kim|Maddie - Moderator|Moderator - Madeline|Madeline - Moderator'
SEG = re.compile(r'(\d\d:\d\d:\d\d)?(' + TEAM + r'|P\d\d): ')
def seconds(hms):
    h, m, s = (int(x) for x in hms.split(':')); return h * 3600 + m * 60 + s
def parse(path, participant):
    text = re.sub(r'\s+', ' ', open(path, encoding='utf-8').read())
    parts = SEG.split(text)
    turns, anchors = [], {}
    for at, who, body in zip(parts[1::3], parts[2::3], parts[3::3]):
        body = body.strip()
        if not re.search(r'[A-Za-z0-9]', body): continue
        speaker = f'Participant {who}' if who == participant else re.sub(r'\s*-?\s*Moderator\s*-?\s*', '', who)
        if at: anchors[len(turns)] = seconds(at)
        turns.append((speaker, body))
    return turns, anchors
raw_dir, out_dir = sys.argv[1], sys.argv[2]
for f in sorted(os.listdir(raw_dir)):
    p = f.split('.')[0]
    turns, anchors = parse(os.path.join(raw_dir, f), p)
    cues = estimate(turns, start=min(anchors.values()), anchors=anchors)
    write_vtt(os.path.join(out_dir, f'va-supplemental-{p.lower()}.vtt'), cues)
    print(p, len(turns), len(cues), ts(cues[-1][1]), sorted({s for s, _ in turns}))
