-- The quickstart's Part 8 on a few sensor readings, without Kafka: the rows the connector
-- would stream are INSERTed here, stamped a few seconds to a few minutes before now, so the
-- "last 5 minutes / last minute / last 30 seconds" windows of Part 8 each see some of them.
-- Run examples/quickstart-setup.sql first (in the same data directory):
--
--   bin/floe sql -f examples/quickstart-setup.sql -f examples/quickstart-demo.sql
--
-- Everything after "Part 8" is copied verbatim from the quickstart.

USE DATABASE KAFKA_INTERACTIVE;
USE SCHEMA STREAMING;
USE WAREHOUSE SETUP_WH;

-- PARSE_JSON is not allowed in a VALUES clause (as in Snowflake): INSERT ... SELECT instead.
INSERT INTO SENSOR_DATA (device_id, sensor_type, value, unit, timestamp, location)
SELECT 'DEVICE_001', 'temperature', 23.5, 'celsius', DATEADD(second, -2, CURRENT_TIMESTAMP())::TIMESTAMP_NTZ, PARSE_JSON('{"building": "HQ", "floor": 2, "zone": "A"}')
UNION ALL SELECT 'DEVICE_002', 'humidity', 45.2, 'percent', DATEADD(second, -5, CURRENT_TIMESTAMP())::TIMESTAMP_NTZ, PARSE_JSON('{"building": "HQ", "floor": 1, "zone": "B"}')
UNION ALL SELECT 'DEVICE_003', 'pressure', 1013.25, 'hPa', DATEADD(second, -10, CURRENT_TIMESTAMP())::TIMESTAMP_NTZ, PARSE_JSON('{"building": "Annex", "floor": 1, "zone": "C"}')
UNION ALL SELECT 'DEVICE_001', 'temperature', 23.7, 'celsius', DATEADD(second, -20, CURRENT_TIMESTAMP())::TIMESTAMP_NTZ, PARSE_JSON('{"building": "HQ", "floor": 2, "zone": "A"}')
UNION ALL SELECT 'DEVICE_004', 'co2', 412, 'ppm', DATEADD(second, -25, CURRENT_TIMESTAMP())::TIMESTAMP_NTZ, PARSE_JSON('{"building": "Lab", "floor": 3, "zone": "A"}')
UNION ALL SELECT 'DEVICE_005', 'light', 350, 'lux', DATEADD(second, -45, CURRENT_TIMESTAMP())::TIMESTAMP_NTZ, PARSE_JSON('{"building": "Warehouse", "floor": 0, "zone": "D"}')
UNION ALL SELECT 'DEVICE_002', 'humidity', 44.8, 'percent', DATEADD(second, -50, CURRENT_TIMESTAMP())::TIMESTAMP_NTZ, PARSE_JSON('{"building": "HQ", "floor": 1, "zone": "B"}')
UNION ALL SELECT 'DEVICE_003', 'pressure', 1012.9, 'hPa', DATEADD(second, -90, CURRENT_TIMESTAMP())::TIMESTAMP_NTZ, PARSE_JSON('{"building": "Annex", "floor": 1, "zone": "C"}')
UNION ALL SELECT 'DEVICE_004', 'co2', 430, 'ppm', DATEADD(second, -150, CURRENT_TIMESTAMP())::TIMESTAMP_NTZ, PARSE_JSON('{"building": "Lab", "floor": 3, "zone": "A"}')
UNION ALL SELECT 'DEVICE_001', 'temperature', 22.9, 'celsius', DATEADD(second, -240, CURRENT_TIMESTAMP())::TIMESTAMP_NTZ, PARSE_JSON('{"building": "HQ", "floor": 2, "zone": "A"}')
UNION ALL SELECT 'DEVICE_005', 'light', 0, 'lux', DATEADD(second, -600, CURRENT_TIMESTAMP())::TIMESTAMP_NTZ, PARSE_JSON('{"building": "Warehouse", "floor": 0, "zone": "D"}');

-- Part 8: Query Data with Interactive Warehouse

USE ROLE ACCOUNTADMIN;
USE DATABASE KAFKA_INTERACTIVE;
USE SCHEMA STREAMING;

-- Switch to the Interactive Warehouse
USE WAREHOUSE SENSOR_IWH;

SELECT * FROM SENSOR_DATA;

-- Get the most recent readings
SELECT 
    device_id,
    sensor_type,
    value,
    unit,
    timestamp,
    location:building::STRING as building,
    location:floor::INTEGER as floor,
    location:zone::STRING as zone
FROM SENSOR_DATA
WHERE timestamp >= DATEADD(minute, -5, CURRENT_TIMESTAMP())
ORDER BY timestamp DESC
LIMIT 100;

-- Average readings by sensor type in last minute
SELECT 
    sensor_type,
    COUNT(*) as reading_count,
    AVG(value) as avg_value,
    MIN(value) as min_value,
    MAX(value) as max_value
FROM SENSOR_DATA
WHERE timestamp >= DATEADD(minute, -1, CURRENT_TIMESTAMP())
GROUP BY sensor_type
ORDER BY reading_count DESC;

-- Active devices in last 30 seconds
SELECT 
    device_id,
    COUNT(*) as readings,
    MAX(timestamp) as last_reading
FROM SENSOR_DATA
WHERE timestamp >= DATEADD(second, -30, CURRENT_TIMESTAMP())
GROUP BY device_id
ORDER BY readings DESC;
