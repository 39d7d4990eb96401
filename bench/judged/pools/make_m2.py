"""Pools M2, M3 and M4: more pages of ramybaly/Article-Bias-Prediction beyond pool M's 400.

Rule: every data/jsons/*.json at HEAD whose date is 2016-01-01..2020-12-31, whose
content_original has at least 3,000 characters, whose source is one of pool M's outlets, and
whose ID is not in pool M's list; sorted by ID, random.Random(2027).shuffle; M2 is the first
200 (`make_m2.py`), M3 the next 200 (`make_m2.py 3`), M4 the 200 after (`make_m2.py 4`). Run in
the repository's git directory.
Each page: YAML front matter (title, outlet, published, url), then content_original, as pool M.
"""

import csv
import hashlib
import json
import random
import subprocess
import sys
from pathlib import Path

M = Path("/work/survey2/ramybaly+Article-Bias-Prediction.tsv")
with open(M) as listed:
    rows = list(csv.reader(listed, delimiter="\t"))[1:]
taken = {r[0] for r in rows}
sources = {r[2] for r in rows}
names = subprocess.run(
    ["git", "ls-tree", "--name-only", "HEAD", "data/jsons/"], capture_output=True, text=True
).stdout.split()
p = subprocess.Popen(["git", "cat-file", "--batch"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
eligible = []
for name in names:
    p.stdin.write(f"HEAD:{name}\n".encode())
    p.stdin.flush()
    header = p.stdout.readline().split()
    size = int(header[2])
    data = p.stdout.read(size)
    p.stdout.read(1)
    d = json.loads(data)
    body = (d.get("content_original") or "").strip()
    if not ("2016-01-01" <= (d.get("date") or "") <= "2020-12-31") or len(body) < 3000:
        continue
    if d.get("source") not in sources or d["ID"] in taken:
        continue
    eligible.append((d["ID"], d, name))
eligible.sort(key=lambda e: e[0])
random.Random(2027).shuffle(eligible)
pool = sys.argv[1] if len(sys.argv) > 1 else "2"
first = 200 * (int(pool) - 2)
out = Path(f"/work/survey2/ramybaly+Article-Bias-Prediction-{pool}")
out.mkdir(exist_ok=True)
with open(f"/work/survey2/ramybaly+Article-Bias-Prediction-{pool}.tsv", "w") as tsv:
    tsv.write("id\tdate\tsource\ttitle\turl\tchars\tsha256\trepo_path\n")
    for i, d, name in eligible[first : first + 200]:
        body = d["content_original"].strip()
        title = d["title"].replace('"', "'")
        text = f'---\ntitle: "{title}"\noutlet: "{d["source"]}"\npublished: {d["date"]}\nurl: "{d["url"]}"\n---\n{body}\n'
        (out / f"{i}.txt").write_text(text)
        sha = hashlib.sha256((d["title"] + "\n\n" + body + "\n").encode()).hexdigest()
        tsv.write(
            f"{i}\t{d['date']}\t{d['source']}\t{d['title']}\t{d['url']}\t{len(body)}\t{sha}\t{name}\n"
        )
print(len(eligible), f"eligible; wrote 200 (M{pool})")
