"""VA 10-10EZ "registration only" mental-model study (Sept 2023; department-of-veterans-affairs/va.gov-team,
products/health-care/application/va-application/research/2023-06-Registration flow exploration/transcripts/,
public domain). The sources are Zoom saved captions ("[Name] hh:mm:ss" then the text) or Zoom VTT cues
("Name: text"), both with real start times; RAW_DIR holds the excerpt of each in the caption form
("[Name] hh:mm:ss" blocks, VTT cue starts truncated to the second). Each block becomes one turn anchored at its
real time, shifted so the excerpt starts at 1 s; cue ends are estimated from word counts (vtt_timing.estimate, capped at 150 wpm + 0.5 s).
usage: va_registration_to_vtt.py RAW_DIR OUT_DIR   (RAW_DIR holds Pn.txt)
"""
import os, re, sys
sys.path.insert(0, os.path.dirname(__file__)); from vtt_timing import *
BLOCK = re.compile(r'^\[([^\]]+)\] (\d\d):(\d\d):(\d\d)\n(.*?)(?=\n\[[^\]]+\] \d\d:\d\d:\d\d\n|\Z)', re.S | re.M)
def parse(path, participant):
    turns, anchors, first = [], {}, None
    for who, h, m, s, body in BLOCK.findall(open(path, encoding='utf-8').read()):
        body = re.sub(r'\s+', ' ', body).strip()
        if not body: continue
        at = int(h) * 3600 + int(m) * 60 + int(s)
        first = at if first is None else first
        anchors[len(turns)] = at - first + 1
        turns.append((f'Participant {who}' if who == participant else who, body))
    return turns, anchors
raw_dir, out_dir = sys.argv[1], sys.argv[2]
for f in sorted(os.listdir(raw_dir)):
    p = f.split('.')[0]
    turns, anchors = parse(os.path.join(raw_dir, f), p)
    # between anchors far apart (an omitted span) interpolation would stretch a cue over the gap: cap it
    cues = [(a, min(b, a + max(0.8, len(c.split()) * 60.0 / WPM) + 0.5), spk, c)
            for a, b, spk, c in estimate(turns, start=1.0, anchors=anchors)]
    write_vtt(os.path.join(out_dir, f'va-registration-{p.lower()}.vtt'), cues)
    print(p, len(turns), len(cues), ts(cues[-1][1]), sorted({s for s, _ in turns}))
