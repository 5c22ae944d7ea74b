"""VA 21-526EZ landing page redesign usability study, 2023-05 (department-of-veterans-affairs/va.gov-team,
products/disability/526ez/Research/2023-05-526ezLandingPagesRedesign/Session-notes/Transcripts/,
public domain: US government work). Verbatim Zoom transcripts: "moderator:" = interviewer,
"Participant N:" = interviewee, "Observer:" turns dropped; unlabelled lines continue the last turn
(as the transcript shows them). All turns are taken.
"""
import re, os, sys, collections
sys.path.insert(0, os.path.dirname(__file__))
from common import make_items, write_jsonl

RAW = '/work/corpus/raw/va526'
BASE = 'products/disability/526ez/Research/2023-05-526ezLandingPagesRedesign/Session-notes/Transcripts/'
SRC = 'github.com/department-of-veterans-affairs/va.gov-team/' + BASE + '{f} (public domain, US government work)'
SPK = re.compile(r'^(moderator|Participant \d+|Observer):\s*(.*)$')


def parse(path):
    turns = []
    for line in open(path, encoding='utf-8'):
        line = line.strip()
        if not line or re.match(r'^Session \d+$', line):
            continue
        m = SPK.match(line)
        if m:
            who = m.group(1)
            role = 'interviewer' if who == 'moderator' else ('interviewee' if who.startswith('Participant') else None)
            turns.append({'speaker': who, 'role': role, 'text': m.group(2)})
        elif turns:
            turns[-1]['text'] += ' ' + line
    return [t for t in turns if t['role'] and re.search(r'[A-Za-z]', t['text'])]


def main():
    items = []
    for f in sorted(os.listdir(RAW)):
        turns = parse(os.path.join(RAW, f))
        its, _ = make_items(turns, range(len(turns)), 'va-526ez-landing-2023-05', SRC.format(f=f),
                            f'rs-va526-{f.lower()}')
        items += its
    write_jsonl('/work/corpus/pool/va526.jsonl', items)
    print('va526', len(items), collections.Counter(i['role'] for i in items))


if __name__ == '__main__':
    main()
