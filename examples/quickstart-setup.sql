-- The quickstart's Snowflake objects (notebook Parts 1-7, without the Kafka role and user):
-- database KAFKA_INTERACTIVE, schema STREAMING, the interactive table SENSOR_DATA that the
-- Kafka connector streams into, a standard warehouse for loading, and the interactive
-- warehouse SENSOR_IWH that keeps SENSOR_DATA hot for the Part 8 queries.
-- OR REPLACE makes the script safe to run again: it starts over with an empty table.
--
--   bin/floe sql -f examples/quickstart-setup.sql

CREATE OR REPLACE DATABASE KAFKA_INTERACTIVE;
CREATE OR REPLACE SCHEMA STREAMING;

CREATE OR REPLACE INTERACTIVE TABLE SENSOR_DATA (
    device_id VARCHAR,
    sensor_type VARCHAR,
    value FLOAT,
    unit VARCHAR,
    timestamp TIMESTAMP_NTZ,
    location VARIANT
) CLUSTER BY (device_id, timestamp);

-- A standard warehouse for loading rows; SENSOR_IWH serves the Part 8 queries.
CREATE OR REPLACE WAREHOUSE SETUP_WH WITH WAREHOUSE_SIZE = 'XSMALL';

CREATE OR REPLACE INTERACTIVE WAREHOUSE SENSOR_IWH
    TABLES (SENSOR_DATA)
    WAREHOUSE_SIZE = 'XSMALL';
