#!/usr/bin/env python3
"""Deterministic CSV of N person rows for the import benchmark (stdlib only).

    python3 bench/import/gen.py --rows 1000000 --seed 1 --out bench/import/out/people-1000000.csv

Columns are the ones `sightline import --kind person` reads without a mapping:
source_id, given_name, family_name, date_of_birth, gender, nationality, notes.
Names come from several nationalities seen in UK modern-slavery referrals, in their own
spelling (UTF-8 diacritics: Ș, ễ, ë, Ł …); dates of birth are full, year-month, year only
or absent; a share of rows carry a free-text note, some with commas and quotes so the
CSV quoting is exercised. Every row is valid, so nothing is rejected and both Sightline
and the bulk loaders write all N rows. Same seed and N, same bytes.
"""

import argparse
import csv
import os
import random
import sys

NAMES = {
    # code: (weight, female given, male given, family)
    "GB": (22,
           "Olivia Amelia Isla Ava Emily Sophie Grace Mia Poppy Ella Jessica Chloe Megan Charlotte Holly".split(),
           "Oliver George Harry Jack Jacob Noah Charlie Thomas Oscar William James Daniel Liam Connor Ryan".split(),
           "Smith Jones Williams Taylor Brown Davies Evans Wilson Thomas Johnson Roberts Walker Wright Robinson Thompson Hughes Edwards Green Hall Wood".split()),
    "RO": (14,
           "Maria Elena Ioana Andreea Ana Mihaela Alexandra Cristina Gabriela Daniela Florentina Roxana Ștefania Larisa".split(),
           "Andrei Alexandru Ion Mihai Ștefan Constantin Gheorghe Vasile Florin Adrian Cătălin Marius Bogdan Ionuț".split(),
           "Popescu Popa Pop Radu Dumitru Stan Stoica Gheorghe Matei Ciobanu Ionescu Rusu Mihai Constantin Tănase Munteanu Lungu Căldăraru".split()),
    "VN": (12,
           "Linh Hương Lan Mai Ngọc Trang Thảo Hoa Phương Anh Hạnh Thu Vy Nhung".split(),
           "Minh Hùng Tuấn Dũng Nam Đức Long Huy Quang Sơn Thắng Phúc Bảo Khoa".split(),
           "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý".split()),
    "AL": (12,
           "Ana Elona Jonida Klea Ardita Besjana Blerta Drita Erjona Fatjona Mimoza Rovena Xhesika Ëngjëllushe".split(),
           "Arben Ardit Besnik Dritan Elton Ermal Fatos Gëzim Klodian Kreshnik Luan Mërgim Redon Sokol".split(),
           "Hoxha Shehu Dervishi Leka Gjoni Hysa Kola Çela Prifti Marku Dushku Berisha Krasniqi Gashi Bajrami Zeqiri".split()),
    "PL": (10,
           "Anna Maria Katarzyna Małgorzata Agnieszka Barbara Ewa Krystyna Magdalena Joanna Zofia Żaneta".split(),
           "Piotr Krzysztof Andrzej Tomasz Paweł Michał Marcin Jakub Łukasz Grzegorz Wojciech Mateusz".split(),
           "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur".split()),
    "NG": (10,
           "Chiamaka Ngozi Adaeze Funmilayo Blessing Precious Oluwaseun Aisha Chioma Ifeoma Yetunde Zainab".split(),
           "Chinedu Emeka Oluwaseun Babatunde Ibrahim Musa Uche Tunde Segun Obinna Kelechi Adebayo".split(),
           "Okafor Adeyemi Okonkwo Bello Eze Nwosu Abubakar Olawale Ogunleye Balogun Chukwu Ibrahim Adewale Obi".split()),
    "ER": (8,
           "Selam Helen Senait Mebrat Rahel Saba Yodit Feven Luwam Semhar Winta Merhawit".split(),
           "Yonas Tesfay Dawit Mehari Samuel Filmon Habtom Kibrom Robel Merhawi Tekle Goitom".split(),
           "Tesfamariam Ghebremedhin Berhane Haile Tekle Woldemichael Kidane Ghebreyesus Asmerom Habte Mengisteab Yohannes".split()),
    "SD": (4,
           "Fatima Amna Mariam Hawa Asma Khadija Samah Nafisa".split(),
           "Mohamed Ahmed Osman Abdelrahman Yousif Hassan Ibrahim Adam".split(),
           "Abdalla Elhassan Osman Mohamed Ahmed Ali Idris Babiker Elamin Suliman".split()),
    "CN": (4,
           "Li Mei Xiu Ying Fang Jing Yan Hui".split(),
           "Wei Jun Lei Qiang Yong Jie Tao Bin".split(),
           "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou".split()),
    "IN": (4,
           "Priya Anjali Pooja Sunita Kavita Deepa Harpreet Neha".split(),
           "Rahul Amit Rajesh Sanjay Gurpreet Vikram Arjun Suresh".split(),
           "Singh Kumar Sharma Patel Gill Kaur Reddy Das Khan Sandhu".split()),
}

CODES = list(NAMES)
WEIGHTS = [NAMES[c][0] for c in CODES]

NOTES = [
    "Found at a car wash, no documents",
    "Referred by Salvation Army; says debt of £3,000 to \"agent\"",
    "Works in nail bar, lives above shop",
    "Cannabis farm, Bradford",
    "Passport held by employer",
    "Seen with multiple other workers, transported by minibus",
    "Says she was promised work in a hotel, \"but it was not a hotel\"",
    "NRM referral made",
    "Language: interpreter needed",
    "Recovered phone, contacts shared with co-accused",
]

GENDERS = ["Female", "Male", "Unknown", "Transgender/NonConforming"]
GENDER_WEIGHTS = [44, 50, 5, 1]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", required=True)
    a = ap.parse_args()

    rnd = random.Random(a.seed)
    tmp = a.out + ".partial"
    os.makedirs(os.path.dirname(os.path.abspath(a.out)), exist_ok=True)
    with open(tmp, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["source_id", "given_name", "family_name", "date_of_birth", "gender", "nationality", "notes"])
        choices, random_ = rnd.choices, rnd.random
        nat_draws = choices(CODES, WEIGHTS, k=a.rows)
        gender_draws = choices(GENDERS, GENDER_WEIGHTS, k=a.rows)
        for i in range(a.rows):
            code = nat_draws[i]
            _, female, male, family = NAMES[code]
            gender = gender_draws[i]
            if gender == "Female" or (gender != "Male" and random_() < 0.5):
                given = rnd.choice(female)
            else:
                given = rnd.choice(male)
            fam = rnd.choice(family)
            r = random_()
            if r < 0.04:                      # family name only
                given = ""
            elif r < 0.06:                    # given name only
                fam = ""
            elif r < 0.16:                    # double-barrelled / two family names
                fam = fam + ("-" if code == "GB" else " ") + rnd.choice(family)
            year = rnd.randint(1955, 2009)
            month = rnd.randint(1, 12)
            day = rnd.randint(1, 28)
            r = random_()
            if r < 0.60:
                dob = f"{year:04d}-{month:02d}-{day:02d}"
            elif r < 0.75:
                dob = f"{year:04d}-{month:02d}"
            elif r < 0.90:
                dob = f"{year:04d}"
            else:
                dob = ""
            # Claimed nationality: usually the name's, sometimes unknown or another.
            r = random_()
            if r < 0.08:
                nat = ""
            elif r < 0.12:
                nat = rnd.choice(CODES)
            else:
                nat = code
            notes = rnd.choice(NOTES) if random_() < 0.25 else ""
            w.writerow([f"P{a.seed:02d}-{i + 1:08d}", given, fam, dob, gender, nat, notes])
    os.replace(tmp, a.out)
    print(f"wrote {a.rows} rows to {a.out} ({os.path.getsize(a.out) / 1e6:.1f} MB)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
