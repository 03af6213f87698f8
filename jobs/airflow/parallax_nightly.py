"""Airflow DAG: the Parallax nightly run for each day, after that day's input has landed.

`{{ ds }}` is the run's logical date (the day whose articles are read), so a backfill in Airflow
(`airflow dags backfill -s 2026-03-01 -e 2026-03-31 parallax_nightly`) runs the dates in order
(max_active_runs=1: every date builds on the previous date's event state).

Exit codes of the job (see README): 3 means another run holds the date's or the state's lock,
4 means the rejected share passed nightly.max-reject-share (the reports were written): both fail
the task so the scheduler alerts.
"""

from datetime import datetime, timedelta

from airflow import DAG
from airflow.providers.apache.spark.operators.spark_submit import SparkSubmitOperator

PARALLAX_JAR = "/opt/parallax/parallax-0.1.0-SNAPSHOT-assembly.jar"

with DAG(
    dag_id="parallax_nightly",
    start_date=datetime(2026, 3, 1),
    schedule="30 2 * * *",  # 02:30 every day, for yesterday's articles
    catchup=True,
    max_active_runs=1,
    default_args={"retries": 1, "retry_delay": timedelta(minutes=15)},
    tags=["parallax", "media-research"],
) as dag:
    SparkSubmitOperator(
        task_id="compare_coverage",
        conn_id="spark_default",  # the cluster: yarn, spark://... or k8s://...
        application=PARALLAX_JAR,
        java_class="dev.parallax.job.NightlyJob",
        name="parallax-nightly-{{ ds }}",
        application_args=[
            "--run-date", "{{ ds }}",
            "--input", "hdfs:///news/input/date={date}",
            "--output", "hdfs:///parallax/reports",
            "--state", "hdfs:///parallax/state",
        ],
        conf={
            "spark.sql.shuffle.partitions": "64",
            "spark.eventLog.enabled": "true",
            "spark.eventLog.dir": "hdfs:///spark-logs",
        },
        executor_memory="4g",
        driver_memory="4g",
    )
