"""VA 10-10EZ health care "Registration flow exploration" study, 2023-06/09
(department-of-veterans-affairs/va.gov-team, products/health-care/application/va-application/research/
2023-06-Registration flow exploration/transcripts/, public domain: US government work).
Zoom saved closed captions: "[Name (moderator)] hh:mm:ss" blocks = interviewer, "[Pn]" = interviewee;
observers' blocks dropped. Consecutive caption blocks of one speaker are one turn. Where only the first
part of a long file was copied (16,000-character pages of the index), the copy stops at a caption
block boundary and the file name says so (".part").
"""
import re, os, sys, collections
sys.path.insert(0, os.path.dirname(__file__))
from common import make_items, write_jsonl

RAW = '/work/corpus/raw/vareg'
BASE = 'products/health-care/application/va-application/research/2023-06-Registration flow exploration/transcripts/'
SRC = 'github.com/department-of-veterans-affairs/va.gov-team/' + BASE + '{f} (public domain, US government work)'
MODERATORS = {'Jessica'}  # P8's file names the moderator without "(moderator)"; Hieu Vo there is an observer
HEAD = re.compile(r'^\[([^\]]+)\]\s+\d\d:\d\d:\d\d\s*$')


def parse(path):
    turns, who = [], None
    for line in open(path, encoding='utf-8'):
        line = line.rstrip('\n')
        m = HEAD.match(line)
        if m:
            who = m.group(1)
            continue
        if not line.strip() or who is None:
            continue
        role = 'interviewer' if ('(moderator)' in who.lower() or who in MODERATORS) else ('interviewee' if re.fullmatch(r'P\d+', who) else None)
        if role is None:
            continue
        if turns and turns[-1]['speaker'] == who:
            turns[-1]['text'] += ' ' + line.strip()
        else:
            turns.append({'speaker': who, 'role': role, 'text': line.strip()})
    return [t for t in turns if re.search(r'[A-Za-z]', t['text'])]


def main():
    items = []
    for f in sorted(os.listdir(RAW)):
        name = f.replace('.part', '')
        turns = parse(os.path.join(RAW, f))
        pid = name.split('-')[0].lower()
        its, _ = make_items(turns, range(len(turns)), 'va-1010ez-registration-2023-06', SRC.format(f=name),
                            f'rs-vareg-{pid}')
        items += its
    write_jsonl('/work/corpus/pool/vareg.jsonl', items)
    print('vareg', len(items), collections.Counter(i['role'] for i in items))


if __name__ == '__main__':
    main()
