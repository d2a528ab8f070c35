-- migrateLatest
SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME = ?
CREATE TABLE [knex_migrations] ([id] int identity(1,1) not null primary key, [name] nvarchar(255), [batch] int, [migration_time] datetime2)
CREATE TABLE [knex_migrations_lock] ([index] int identity(1,1) not null primary key, [is_locked] int)
select * from [knex_migrations_lock]
insert into [knex_migrations_lock] ([is_locked]) values (?)
select [name] from [knex_migrations] order by [id] asc
update [knex_migrations_lock] set [is_locked] = ? where [is_locked] = ?;select @@rowcount
select max([batch]) as [max_batch] from [knex_migrations]
if schema_id(?) is null exec('create schema raw')
if schema_id(?) is null exec('create schema analytics')
CREATE TABLE [raw].[visitors] ([hour_utc] datetimeoffset not null, [store_id] int not null, [sensor_id] int not null, [local_date] date not null, [local_hour] int not null, [visitors] int null, [source_blob] nvarchar(512) not null, [source_checksum] nvarchar(64) not null, [workflow_id] nvarchar(255) not null, [run_id] nvarchar(64) not null, [loaded_at] datetimeoffset not null, CONSTRAINT [visitors_pkey] PRIMARY KEY ([hour_utc], [store_id], [sensor_id]))
CREATE INDEX [visitors_local_date_store_id_index] ON [raw].[visitors] ([local_date], [store_id])
CREATE TABLE [raw].[transactions] ([hour_utc] datetimeoffset not null, [store_id] int not null, [local_date] date not null, [local_hour] int not null, [transactions] int not null, [revenue] decimal(14, 2) not null, [source_blob] nvarchar(512) not null, [source_checksum] nvarchar(64) not null, [workflow_id] nvarchar(255) not null, [run_id] nvarchar(64) not null, [loaded_at] datetimeoffset not null, CONSTRAINT [transactions_pkey] PRIMARY KEY ([hour_utc], [store_id]))
CREATE INDEX [transactions_local_date_store_id_index] ON [raw].[transactions] ([local_date], [store_id])
CREATE TABLE [raw].[ingestion_log] ([id] int identity(1,1) not null primary key, [hour_utc] datetimeoffset not null, [dataset] nvarchar(32) not null, [status] nvarchar(16) not null, [rows] int null, [source_blob] nvarchar(512) not null, [source_checksum] nvarchar(64) null, [workflow_id] nvarchar(255) not null, [run_id] nvarchar(64) not null, [started_at] datetimeoffset not null, [finished_at] datetimeoffset not null, [duration_ms] int not null, [error] nvarchar(max) null)
CREATE INDEX [ingestion_log_hour_utc_dataset_index] ON [raw].[ingestion_log] ([hour_utc], [dataset])
CREATE TABLE [analytics].[dim_store] ([store_id] int, [city_store] nvarchar(128) not null, [timezone] nvarchar(64) not null, [updated_at] datetimeoffset not null, CONSTRAINT [dim_store_pkey] PRIMARY KEY ([store_id]))
CREATE TABLE [analytics].[store_daily] ([store_id] int not null, [local_date] date not null, [visitors] int not null, [transactions] int not null, [revenue] decimal(14, 2) not null, [conversion_rate] float null, [avg_basket] float null, [sales_per_visitor] float null, [hours_loaded] int not null, [hours_expected] int not null, [readings] int not null, [readings_missing] int not null, [transformed_at] datetimeoffset not null, CONSTRAINT [store_daily_pkey] PRIMARY KEY ([store_id], [local_date]))
CREATE INDEX [store_daily_local_date_index] ON [analytics].[store_daily] ([local_date])
insert into [knex_migrations] ([batch], [migration_time], [name]) values (?, ?, ?)
CREATE TABLE [analytics].[store_hourly] ([store_id] int not null, [hour_utc] datetimeoffset not null, [local_date] date not null, [local_hour] int not null, [visitors] int not null, [transactions] int not null, [revenue] decimal(14, 2) not null, [conversion_rate] float null, [readings] int not null, [readings_missing] int not null, [transformed_at] datetimeoffset not null, CONSTRAINT [store_hourly_pkey] PRIMARY KEY ([store_id], [hour_utc]))
CREATE INDEX [store_hourly_local_date_store_id_index] ON [analytics].[store_hourly] ([local_date], [store_id])
exec sp_rename ?, ?, 'COLUMN'
ALTER TABLE [analytics].[store_hourly] ADD [visitors_measured] int null, [imputed_share] float null
update [analytics].[store_hourly] set [visitors_measured] = [visitors], [imputed_share] = ?;select @@rowcount
ALTER TABLE [analytics].[store_daily] ADD [visitors_measured] int null, [imputed_share] float null
update [analytics].[store_daily] set [visitors_measured] = [visitors], [imputed_share] = ?;select @@rowcount
ALTER TABLE [analytics].[dim_store] ADD [holiday_calendar] nvarchar(32) null, [opening_mon] nvarchar(11) null, [opening_tue] nvarchar(11) null, [opening_wed] nvarchar(11) null, [opening_thu] nvarchar(11) null, [opening_fri] nvarchar(11) null, [opening_sat] nvarchar(11) null, [opening_sun] nvarchar(11) null
CREATE TABLE [analytics].[dim_sensor] ([store_id] int not null, [sensor_id] int not null, [updated_at] datetimeoffset not null, CONSTRAINT [dim_sensor_pkey] PRIMARY KEY ([store_id], [sensor_id]))
CREATE TABLE [analytics].[dim_date] ([local_date] date, [weekday] int not null, [iso_year] int not null, [iso_week] int not null, [month] int not null, [year] int not null, [is_weekend] bit not null, CONSTRAINT [dim_date_pkey] PRIMARY KEY ([local_date]))
CREATE TABLE [analytics].[dim_store_date] ([store_id] int not null, [local_date] date not null, [is_public_holiday] bit not null, [holiday_name] nvarchar(128) null, [is_open] bit not null, [opening] nvarchar(11) null, [open_hours] float not null, CONSTRAINT [dim_store_date_pkey] PRIMARY KEY ([store_id], [local_date]))
CREATE INDEX [dim_store_date_local_date_index] ON [analytics].[dim_store_date] ([local_date])
CREATE TABLE [analytics].[sensor_hourly] ([store_id] int not null, [sensor_id] int not null, [hour_utc] datetimeoffset not null, [local_date] date not null, [local_hour] int not null, [reading] int null, [visitors] int null, [status] nvarchar(16) not null, [reason] nvarchar(16) not null, [method] nvarchar(24) not null, [built_at] datetimeoffset not null, CONSTRAINT [sensor_hourly_pkey] PRIMARY KEY ([store_id], [sensor_id], [hour_utc]))
CREATE INDEX [sensor_hourly_local_date_store_id_index] ON [analytics].[sensor_hourly] ([local_date], [store_id])
CREATE TABLE [analytics].[data_quality_daily] ([store_id] int not null, [sensor_id] int not null, [local_date] date not null, [expected_open_hours] int not null, [received] int not null, [missing] int not null, [outliers] int not null, [dead] int not null, [drift_suspected] int not null, [imputed] int not null, [built_at] datetimeoffset not null, CONSTRAINT [data_quality_daily_pkey] PRIMARY KEY ([store_id], [sensor_id], [local_date]))
CREATE INDEX [data_quality_daily_local_date_index] ON [analytics].[data_quality_daily] ([local_date])
CREATE TABLE [analytics].[sensor_daily_baseline] ([store_id] int not null, [sensor_id] int not null, [local_date] date not null, [share] float null, [hours] int not null, [spread] float null, [drift_ratio] float null, [drift_score] float not null, [drift_flagged] bit not null, [built_at] datetimeoffset not null, CONSTRAINT [sensor_daily_baseline_pkey] PRIMARY KEY ([store_id], [sensor_id], [local_date]))
CREATE INDEX [sensor_daily_baseline_local_date_index] ON [analytics].[sensor_daily_baseline] ([local_date])
CREATE TABLE [analytics].[store_hour_profile] ([store_id] int not null, [local_date] date not null, [hour_utc] datetimeoffset not null, [weekday] int not null, [local_hour] int not null, [visitors_per_open_hour] float not null, [built_at] datetimeoffset not null, CONSTRAINT [store_hour_profile_pkey] PRIMARY KEY ([store_id], [local_date], [hour_utc]))
CREATE INDEX [store_hour_profile_local_date_index] ON [analytics].[store_hour_profile] ([local_date])
CREATE TABLE [analytics].[day_builds] ([local_date] date, [status] nvarchar(16) not null, [failed_tests] nvarchar(max) null, [stores] int not null, [hours] int not null, [built_at] datetimeoffset not null, [workflow_id] nvarchar(255) null, [run_id] nvarchar(64) null, CONSTRAINT [day_builds_pkey] PRIMARY KEY ([local_date]))
CREATE TABLE [analytics].[data_test_results] ([local_date] date not null, [test_name] nvarchar(64) not null, [model] nvarchar(64) not null, [status] nvarchar(8) not null, [failing_rows] int not null, [built_at] datetimeoffset not null, CONSTRAINT [data_test_results_pkey] PRIMARY KEY ([local_date], [test_name]))
CREATE TABLE [analytics].[forecast_store_hourly] ([store_id] int not null, [origin_date] date not null, [hour_utc] datetimeoffset not null, [local_date] date not null, [local_hour] int not null, [is_open] bit not null, [horizon_days] int not null, [visitors] float not null, [visitors_p10] float not null, [visitors_p90] float not null, [transactions] float not null, [transactions_p10] float not null, [transactions_p90] float not null, [model_version] nvarchar(32) not null, [workflow_id] nvarchar(255) null, [run_id] nvarchar(64) null, [created_at] datetimeoffset not null, CONSTRAINT [forecast_store_hourly_pkey] PRIMARY KEY ([store_id], [origin_date], [hour_utc]))
CREATE INDEX [forecast_store_hourly_store_id_hour_utc_index] ON [analytics].[forecast_store_hourly] ([store_id], [hour_utc])
CREATE TABLE [analytics].[forecast_store_daily] ([store_id] int not null, [origin_date] date not null, [local_date] date not null, [horizon_days] int not null, [is_open] bit not null, [visitors] float not null, [visitors_p10] float not null, [visitors_p90] float not null, [transactions] float not null, [model_version] nvarchar(32) not null, [workflow_id] nvarchar(255) null, [run_id] nvarchar(64) null, [created_at] datetimeoffset not null, CONSTRAINT [forecast_store_daily_pkey] PRIMARY KEY ([store_id], [origin_date], [local_date]))
CREATE INDEX [forecast_store_daily_store_id_local_date_index] ON [analytics].[forecast_store_daily] ([store_id], [local_date])
CREATE TABLE [analytics].[staffing_store_hourly] ([store_id] int not null, [origin_date] date not null, [hour_utc] datetimeoffset not null, [local_date] date not null, [local_hour] int not null, [is_open] bit not null, [visitors_forecast] float not null, [visitors_per_staff] float not null, [min_staff] int not null, [staff] int not null, [model_version] nvarchar(32) not null, [workflow_id] nvarchar(255) null, [run_id] nvarchar(64) null, [created_at] datetimeoffset not null, CONSTRAINT [staffing_store_hourly_pkey] PRIMARY KEY ([store_id], [origin_date], [hour_utc]))
CREATE INDEX [staffing_store_hourly_store_id_hour_utc_index] ON [analytics].[staffing_store_hourly] ([store_id], [hour_utc])
CREATE VIEW [analytics].[ingestion_log] AS select [id], [hour_utc], [dataset], [status], [rows], [workflow_id], [run_id], [started_at], [finished_at], [error] from [raw].[ingestion_log]
CREATE TABLE [analytics].[sensor_daily] ([store_id] int not null, [sensor_id] int not null, [local_date] date not null, [visitors] int null, [visitors_measured] int not null, [estimated_hours] int not null, [hours] int not null, [built_at] datetimeoffset not null, CONSTRAINT [sensor_daily_pkey] PRIMARY KEY ([store_id], [sensor_id], [local_date]))
CREATE INDEX [sensor_daily_store_id_local_date_index] ON [analytics].[sensor_daily] ([store_id], [local_date])
CREATE INDEX [sensor_daily_local_date_index] ON [analytics].[sensor_daily] ([local_date])
CREATE INDEX [sensor_hourly_store_view_index] ON [analytics].[sensor_hourly] ([store_id], [local_date])
CREATE INDEX [store_hourly_store_view_index] ON [analytics].[store_hourly] ([store_id], [local_date], [local_hour], [visitors], [visitors_measured], [transactions], [revenue])
CREATE INDEX [store_daily_chain_view_index] ON [analytics].[store_daily] ([local_date], [store_id], [visitors], [transactions], [revenue])
delete from [analytics].[sensor_daily];select @@rowcount
insert into [analytics].[sensor_daily] ([store_id], [sensor_id], [local_date], [visitors], [visitors_measured], [estimated_hours], [hours], [built_at]) select [store_id], [sensor_id], [local_date], sum(visitors) as [visitors], sum(case when status = 'measured' then visitors else 0 end) as [visitors_measured], sum(case when status = 'measured' then 0 else 1 end) as [estimated_hours], count(*) as [hours], ? as [built_at] from [analytics].[sensor_hourly] group by [store_id], [sensor_id], [local_date]
CREATE TABLE [analytics].[sensor_health_hourly] ([store_id] int not null, [sensor_id] int not null, [hour_utc] datetimeoffset not null, [local_date] date not null, [condition] nvarchar(16) not null, [reading] int null, [expected] float null, [checked_at] datetimeoffset not null, CONSTRAINT [sensor_health_hourly_pkey] PRIMARY KEY ([store_id], [sensor_id], [hour_utc]))
CREATE INDEX [sensor_health_hourly_hour_utc_index] ON [analytics].[sensor_health_hourly] ([hour_utc])
CREATE TABLE [analytics].[sensor_alerts] ([episode_key] nvarchar(64), [store_id] int not null, [sensor_id] int not null, [kind] nvarchar(16) not null, [started_at] datetimeoffset not null, [opened_at] datetimeoffset not null, [resolved_at] datetimeoffset null, [evidence] nvarchar(max) not null, [notified_opened_at] datetimeoffset null, [notified_resolved_at] datetimeoffset null, [created_at] datetimeoffset not null, [updated_at] datetimeoffset not null, CONSTRAINT [sensor_alerts_pkey] PRIMARY KEY ([episode_key]))
CREATE INDEX [sensor_alerts_store_id_sensor_id_kind_index] ON [analytics].[sensor_alerts] ([store_id], [sensor_id], [kind])
CREATE INDEX [sensor_alerts_resolved_at_index] ON [analytics].[sensor_alerts] ([resolved_at])
CREATE INDEX [sensor_hourly_sensor_view_index] ON [analytics].[sensor_hourly] ([store_id], [sensor_id], [local_date], [local_hour], [status], [visitors]) where visitors > 0
update [knex_migrations_lock] set [is_locked] = ?;select @@rowcount

-- syncStores
select [store_id], count(*) as [n] from [analytics].[dim_sensor] group by [store_id]
delete from [analytics].[dim_store] where [store_id] in (?, …);select @@rowcount
delete from [analytics].[dim_sensor] where [store_id] in (?, …);select @@rowcount
insert into [analytics].[dim_store] ([city_store], [holiday_calendar], [opening_fri], [opening_mon], [opening_sat], [opening_sun], [opening_thu], [opening_tue], [opening_wed], [store_id], [timezone], [updated_at]) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?), …
insert into [analytics].[dim_sensor] ([sensor_id], [store_id], [updated_at]) values (?, ?, ?), …

-- load visitors
delete from [raw].[visitors] where [hour_utc] = ?;select @@rowcount
insert into [raw].[visitors] ([hour_utc], [loaded_at], [local_date], [local_hour], [run_id], [sensor_id], [source_blob], [source_checksum], [store_id], [visitors], [workflow_id]) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?), …
insert into [raw].[ingestion_log] ([dataset], [duration_ms], [finished_at], [hour_utc], [rows], [run_id], [source_blob], [source_checksum], [started_at], [status], [workflow_id]) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)

-- load transactions
delete from [raw].[transactions] where [hour_utc] = ?;select @@rowcount
insert into [raw].[transactions] ([hour_utc], [loaded_at], [local_date], [local_hour], [revenue], [run_id], [source_blob], [source_checksum], [store_id], [transactions], [workflow_id]) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?), …
insert into [raw].[ingestion_log] ([dataset], [duration_ms], [finished_at], [hour_utc], [rows], [run_id], [source_blob], [source_checksum], [started_at], [status], [workflow_id]) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)

-- load that crashes
delete from [raw].[transactions] where [hour_utc] = ?;select @@rowcount
insert into [raw].[transactions] ([hour_utc], [loaded_at], [local_date], [local_hour], [revenue], [run_id], [source_blob], [source_checksum], [store_id], [transactions], [workflow_id]) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?), …
insert into [raw].[ingestion_log] ([dataset], [duration_ms], [error], [finished_at], [hour_utc], [run_id], [source_blob], [started_at], [status], [workflow_id]) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)

-- buildDayModels
select [store_id], [timezone], [holiday_calendar], [opening_mon], [opening_tue], [opening_wed], [opening_thu], [opening_fri], [opening_sat], [opening_sun] from [analytics].[dim_store] order by [store_id] asc
select [store_id], [sensor_id] from [analytics].[dim_sensor] order by [store_id] asc, [sensor_id] asc
delete from [analytics].[dim_date] where [local_date] = ?;select @@rowcount
insert into [analytics].[dim_date] ([is_weekend], [iso_week], [iso_year], [local_date], [month], [weekday], [year]) values (?, ?, ?, ?, ?, ?, ?)
delete from [analytics].[dim_store_date] where [local_date] = ?;select @@rowcount
insert into [analytics].[dim_store_date] ([holiday_name], [is_open], [is_public_holiday], [local_date], [open_hours], [opening], [store_id]) values (?, ?, ?, ?, ?, ?, ?)
delete from [analytics].[sensor_hourly] where [local_date] = ?;select @@rowcount
delete from [analytics].[store_hourly] where [local_date] = ?;select @@rowcount
delete from [analytics].[store_daily] where [local_date] = ?;select @@rowcount
delete from [analytics].[sensor_daily_baseline] where [local_date] = ?;select @@rowcount
delete from [analytics].[store_hour_profile] where [local_date] = ?;select @@rowcount
select [store_id], [sensor_id], [hour_utc], [visitors] from [raw].[visitors] where [local_date] = ? order by [store_id] asc, [sensor_id] asc, [hour_utc] asc
select [store_id], [hour_utc], [local_hour], [transactions], [revenue] from [raw].[transactions] where [local_date] = ?
select [store_id], [sensor_id], [local_date], [share], [hours], [spread], [drift_ratio], [drift_score], [drift_flagged] from [analytics].[sensor_daily_baseline] where [local_date] between ? and ? order by [store_id] asc, [sensor_id] asc, [local_date] asc
select [store_id], [local_date], [weekday], [local_hour], [visitors_per_open_hour] from [analytics].[store_hour_profile] where [local_date] between ? and ? order by [store_id] asc, [local_date] asc, [hour_utc] asc
insert into [analytics].[sensor_hourly] ([built_at], [hour_utc], [local_date], [local_hour], [method], [reading], [reason], [sensor_id], [status], [store_id], [visitors]) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?), …
insert into [analytics].[store_hourly] ([built_at], [conversion_rate], [hour_utc], [imputed_share], [local_date], [local_hour], [readings], [readings_missing], [revenue], [store_id], [transactions], [visitors], [visitors_measured]) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
insert into [analytics].[store_daily] ([avg_basket], [built_at], [conversion_rate], [hours_expected], [hours_loaded], [imputed_share], [local_date], [readings], [readings_missing], [revenue], [sales_per_visitor], [store_id], [transactions], [visitors], [visitors_measured]) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
insert into [analytics].[sensor_daily_baseline] ([built_at], [drift_flagged], [drift_ratio], [drift_score], [hours], [local_date], [sensor_id], [share], [spread], [store_id]) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?), …
insert into [analytics].[store_hour_profile] ([built_at], [hour_utc], [local_date], [local_hour], [store_id], [visitors_per_open_hour], [weekday]) values (?, ?, ?, ?, ?, ?, ?)
delete from [analytics].[data_quality_daily] where [local_date] = ?;select @@rowcount
insert into [analytics].[data_quality_daily] ([store_id], [sensor_id], [local_date], [expected_open_hours], [received], [missing], [outliers], [dead], [drift_suspected], [imputed], [built_at]) select [store_id], [sensor_id], [local_date], sum(case when method <> 'closed' then 1 else 0 end) as [expected_open_hours], sum(case when reading is not null then 1 else 0 end) as [received], sum(case when reason in ('missing', 'outage') then 1 else 0 end) as [missing], sum(case when reason = 'spike' then 1 else 0 end) as [outliers], sum(case when reason = 'dead' then 1 else 0 end) as [dead], sum(case when reason = 'drift' then 1 else 0 end) as [drift_suspected], sum(case when status = 'imputed' then 1 else 0 end) as [imputed], ? as [built_at] from [analytics].[sensor_hourly] where [local_date] = ? group by [store_id], [sensor_id], [local_date]
delete from [analytics].[sensor_daily] where [local_date] = ?;select @@rowcount
insert into [analytics].[sensor_daily] ([store_id], [sensor_id], [local_date], [visitors], [visitors_measured], [estimated_hours], [hours], [built_at]) select [store_id], [sensor_id], [local_date], sum(visitors) as [visitors], sum(case when status = 'measured' then visitors else 0 end) as [visitors_measured], sum(case when status = 'measured' then 0 else 1 end) as [estimated_hours], count(*) as [hours], ? as [built_at] from [analytics].[sensor_hourly] where [local_date] = ? group by [store_id], [sensor_id], [local_date]
select count(*) as [n] from (select [store_id], [sensor_id], [hour_utc] from [analytics].[sensor_hourly] where [local_date] = ? group by [store_id], [sensor_id], [hour_utc] having count(*) > 1) as [f]
select count(*) as [n] from (select [store_id], [hour_utc] from [analytics].[store_hourly] where [local_date] = ? group by [store_id], [hour_utc] having count(*) > 1) as [f]
select count(*) as [n] from (select [store_id], [local_date] from [analytics].[store_daily] where [local_date] = ? group by [store_id], [local_date] having count(*) > 1) as [f]
select count(*) as [n] from (select [store_id], [sensor_id], [local_date] from [analytics].[data_quality_daily] where [local_date] = ? group by [store_id], [sensor_id], [local_date] having count(*) > 1) as [f]
select count(*) as [n] from (select [store_id], [sensor_id], [hour_utc] from [analytics].[sensor_hourly] where [local_date] = ? and ([status] not in (?, …) or [status] is null or [reason] is null or [method] is null or ([visitors] is null and not [status] = ?) or ([visitors] is not null and [status] = ?))) as [f]
select count(*) as [n] from (select [store_id] from [analytics].[store_hourly] where [local_date] = ? and ([visitors] is null or [visitors_measured] is null or [imputed_share] is null)) as [f]
select count(*) as [n] from (select [store_id] from [analytics].[store_daily] where [local_date] = ? and ([visitors] is null or [visitors_measured] is null or [imputed_share] is null)) as [f]
select count(*) as [n] from (select [h].[store_id], [h].[hour_utc] from [analytics].[store_hourly] as [h] left join (select [store_id], [hour_utc], sum(coalesce(visitors, 0)) as [visitors], sum(case when status = 'measured' then visitors else 0 end) as [measured] from [analytics].[sensor_hourly] where [local_date] = ? group by [store_id], [hour_utc]) as [s] on [s].[store_id] = [h].[store_id] and [s].[hour_utc] = [h].[hour_utc] where [h].[local_date] = ? and (coalesce(s.visitors, 0) <> h.visitors or coalesce(s.measured, 0) <> h.visitors_measured)) as [f]
select count(*) as [n] from (select [d].[store_id] from [analytics].[store_daily] as [d] left join (select [store_id], sum([visitors]) as [visitors], sum([visitors_measured]) as [measured], sum([transactions]) as [transactions], sum([revenue]) as [revenue] from [analytics].[store_hourly] where [local_date] = ? group by [store_id]) as [h] on [h].[store_id] = [d].[store_id] where [d].[local_date] = ? and ([h].[store_id] is null or h.visitors <> d.visitors or h.measured <> d.visitors_measured or h.transactions <> d.transactions or abs(h.revenue - d.revenue) > 0.005)) as [f]
select count(*) as [n] from (select [store_id] from [analytics].[store_hourly] where [local_date] = ? and ([conversion_rate] < ? or [conversion_rate] > ? or [imputed_share] < ? or [imputed_share] > ?)) as [f]
select count(*) as [n] from (select [store_id] from [analytics].[store_daily] where [local_date] = ? and ([conversion_rate] < ? or [conversion_rate] > ? or [imputed_share] < ? or [imputed_share] > ?)) as [f]
select count(*) as [n] from (select [c].[store_id] from [analytics].[dim_store_date] as [c] left join [analytics].[store_daily] as [d] on [d].[store_id] = [c].[store_id] and [d].[local_date] = [c].[local_date] left join (select [store_id], count(distinct [hour_utc]) as [hours] from [analytics].[sensor_hourly] where [local_date] = ? group by [store_id]) as [s] on [s].[store_id] = [c].[store_id] where [c].[local_date] = ? and ([d].[store_id] is null or [s].[store_id] is null or s.hours <> d.hours_expected)) as [f]
delete from [analytics].[data_test_results] where [local_date] = ?;select @@rowcount
insert into [analytics].[data_test_results] ([built_at], [failing_rows], [local_date], [model], [status], [test_name]) values (?, ?, ?, ?, ?, ?), …
delete from [analytics].[day_builds] where [local_date] = ?;select @@rowcount
insert into [analytics].[day_builds] ([built_at], [failed_tests], [hours], [local_date], [run_id], [status], [stores], [workflow_id]) values (?, ?, ?, ?, ?, ?, ?, ?)

-- checkSensorHealth
select [store_id], [timezone], [holiday_calendar], [opening_mon], [opening_tue], [opening_wed], [opening_thu], [opening_fri], [opening_sat], [opening_sun] from [analytics].[dim_store] order by [store_id] asc
select [store_id], [sensor_id] from [analytics].[dim_sensor] order by [store_id] asc, [sensor_id] asc
select [local_date], [built_at] from [analytics].[day_builds] where [local_date] between ? and ? order by [local_date] asc
select [store_id], [sensor_id], [local_date], [share], [hours], [spread], [drift_ratio], [drift_score], [drift_flagged] from [analytics].[sensor_daily_baseline] where [local_date] between ? and ? order by [store_id] asc, [sensor_id] asc, [local_date] asc
select [store_id], [local_date], [weekday], [local_hour], [visitors_per_open_hour] from [analytics].[store_hour_profile] where [local_date] between ? and ? order by [store_id] asc, [local_date] asc, [hour_utc] asc
select [store_id], [sensor_id], [hour_utc], [visitors] from [raw].[visitors] where [local_date] in (?) and [hour_utc] in (?, …)
delete from [analytics].[sensor_health_hourly] where [hour_utc] = ?;select @@rowcount
insert into [analytics].[sensor_health_hourly] ([checked_at], [condition], [expected], [hour_utc], [local_date], [reading], [sensor_id], [store_id]) values (?, ?, ?, ?, ?, ?, ?, ?), …
select [episode_key], [store_id], [sensor_id], [kind], [started_at], [opened_at], [resolved_at] from [analytics].[sensor_alerts] where [resolved_at] is null or [resolved_at] >= ?
select [store_id], [sensor_id], [hour_utc], [condition], [reading], [expected] from [analytics].[sensor_health_hourly] where [hour_utc] between ? and ? and (([store_id] = ? and [sensor_id] = ?))
insert into [analytics].[sensor_alerts] ([created_at], [episode_key], [evidence], [kind], [opened_at], [resolved_at], [sensor_id], [started_at], [store_id], [updated_at]) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)

-- forecastStoreHours
select [store_id], [timezone], [holiday_calendar], [opening_mon], [opening_tue], [opening_wed], [opening_thu], [opening_fri], [opening_sat], [opening_sun] from [analytics].[dim_store] order by [store_id] asc
select [h].[store_id], [h].[local_date], [h].[local_hour], [h].[visitors], [h].[transactions], [d].[opening] from [analytics].[store_hourly] as [h] inner join [analytics].[dim_store_date] as [d] on [d].[store_id] = [h].[store_id] and [d].[local_date] = [h].[local_date] where [h].[local_date] between ? and ?
delete from [analytics].[forecast_store_hourly] where [origin_date] = ? and [store_id] in (?);select @@rowcount
delete from [analytics].[forecast_store_daily] where [origin_date] = ? and [store_id] in (?);select @@rowcount
delete from [analytics].[staffing_store_hourly] where [origin_date] = ? and [store_id] in (?);select @@rowcount
insert into [analytics].[forecast_store_hourly] ([created_at], [horizon_days], [hour_utc], [is_open], [local_date], [local_hour], [model_version], [origin_date], [run_id], [store_id], [transactions], [transactions_p10], [transactions_p90], [visitors], [visitors_p10], [visitors_p90], [workflow_id]) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?), …
insert into [analytics].[forecast_store_daily] ([created_at], [horizon_days], [is_open], [local_date], [model_version], [origin_date], [run_id], [store_id], [transactions], [visitors], [visitors_p10], [visitors_p90], [workflow_id]) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?), …
insert into [analytics].[staffing_store_hourly] ([created_at], [hour_utc], [is_open], [local_date], [local_hour], [min_staff], [model_version], [origin_date], [run_id], [staff], [store_id], [visitors_forecast], [visitors_per_staff], [workflow_id]) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?), …

-- buildDayModels in batches
select [store_id], [timezone], [holiday_calendar], [opening_mon], [opening_tue], [opening_wed], [opening_thu], [opening_fri], [opening_sat], [opening_sun] from [analytics].[dim_store] order by [store_id] asc
select [store_id], [sensor_id] from [analytics].[dim_sensor] order by [store_id] asc, [sensor_id] asc
delete from [analytics].[dim_date] where [local_date] = ?;select @@rowcount
insert into [analytics].[dim_date] ([is_weekend], [iso_week], [iso_year], [local_date], [month], [weekday], [year]) values (?, ?, ?, ?, ?, ?, ?)
delete from [analytics].[dim_store_date] where [local_date] = ?;select @@rowcount
insert into [analytics].[dim_store_date] ([holiday_name], [is_open], [is_public_holiday], [local_date], [open_hours], [opening], [store_id]) values (?, ?, ?, ?, ?, ?, ?), …
delete from [analytics].[sensor_hourly] where [local_date] = ?;select @@rowcount
delete from [analytics].[store_hourly] where [local_date] = ?;select @@rowcount
delete from [analytics].[store_daily] where [local_date] = ?;select @@rowcount
delete from [analytics].[sensor_daily_baseline] where [local_date] = ?;select @@rowcount
delete from [analytics].[store_hour_profile] where [local_date] = ?;select @@rowcount
select [store_id], [sensor_id], [hour_utc], [visitors] from [raw].[visitors] where [local_date] = ? and [store_id] < ? order by [store_id] asc, [sensor_id] asc, [hour_utc] asc
select [store_id], [hour_utc], [local_hour], [transactions], [revenue] from [raw].[transactions] where [local_date] = ? and [store_id] < ?
select [store_id], [sensor_id], [local_date], [share], [hours], [spread], [drift_ratio], [drift_score], [drift_flagged] from [analytics].[sensor_daily_baseline] where [local_date] between ? and ? and [store_id] < ? order by [store_id] asc, [sensor_id] asc, [local_date] asc
select [store_id], [local_date], [weekday], [local_hour], [visitors_per_open_hour] from [analytics].[store_hour_profile] where [local_date] between ? and ? and [store_id] < ? order by [store_id] asc, [local_date] asc, [hour_utc] asc
insert into [analytics].[store_hourly] ([built_at], [conversion_rate], [hour_utc], [imputed_share], [local_date], [local_hour], [readings], [readings_missing], [revenue], [store_id], [transactions], [visitors], [visitors_measured]) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
insert into [analytics].[store_daily] ([avg_basket], [built_at], [conversion_rate], [hours_expected], [hours_loaded], [imputed_share], [local_date], [readings], [readings_missing], [revenue], [sales_per_visitor], [store_id], [transactions], [visitors], [visitors_measured]) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
select [store_id], [sensor_id], [hour_utc], [visitors] from [raw].[visitors] where [local_date] = ? and [store_id] >= ? order by [store_id] asc, [sensor_id] asc, [hour_utc] asc
select [store_id], [hour_utc], [local_hour], [transactions], [revenue] from [raw].[transactions] where [local_date] = ? and [store_id] >= ?
select [store_id], [sensor_id], [local_date], [share], [hours], [spread], [drift_ratio], [drift_score], [drift_flagged] from [analytics].[sensor_daily_baseline] where [local_date] between ? and ? and [store_id] >= ? order by [store_id] asc, [sensor_id] asc, [local_date] asc
select [store_id], [local_date], [weekday], [local_hour], [visitors_per_open_hour] from [analytics].[store_hour_profile] where [local_date] between ? and ? and [store_id] >= ? order by [store_id] asc, [local_date] asc, [hour_utc] asc
delete from [analytics].[data_quality_daily] where [local_date] = ?;select @@rowcount
insert into [analytics].[data_quality_daily] ([store_id], [sensor_id], [local_date], [expected_open_hours], [received], [missing], [outliers], [dead], [drift_suspected], [imputed], [built_at]) select [store_id], [sensor_id], [local_date], sum(case when method <> 'closed' then 1 else 0 end) as [expected_open_hours], sum(case when reading is not null then 1 else 0 end) as [received], sum(case when reason in ('missing', 'outage') then 1 else 0 end) as [missing], sum(case when reason = 'spike' then 1 else 0 end) as [outliers], sum(case when reason = 'dead' then 1 else 0 end) as [dead], sum(case when reason = 'drift' then 1 else 0 end) as [drift_suspected], sum(case when status = 'imputed' then 1 else 0 end) as [imputed], ? as [built_at] from [analytics].[sensor_hourly] where [local_date] = ? group by [store_id], [sensor_id], [local_date]
delete from [analytics].[sensor_daily] where [local_date] = ?;select @@rowcount
insert into [analytics].[sensor_daily] ([store_id], [sensor_id], [local_date], [visitors], [visitors_measured], [estimated_hours], [hours], [built_at]) select [store_id], [sensor_id], [local_date], sum(visitors) as [visitors], sum(case when status = 'measured' then visitors else 0 end) as [visitors_measured], sum(case when status = 'measured' then 0 else 1 end) as [estimated_hours], count(*) as [hours], ? as [built_at] from [analytics].[sensor_hourly] where [local_date] = ? group by [store_id], [sensor_id], [local_date]
select count(*) as [n] from (select [store_id], [sensor_id], [hour_utc] from [analytics].[sensor_hourly] where [local_date] = ? group by [store_id], [sensor_id], [hour_utc] having count(*) > 1) as [f]
select count(*) as [n] from (select [store_id], [hour_utc] from [analytics].[store_hourly] where [local_date] = ? group by [store_id], [hour_utc] having count(*) > 1) as [f]
select count(*) as [n] from (select [store_id], [local_date] from [analytics].[store_daily] where [local_date] = ? group by [store_id], [local_date] having count(*) > 1) as [f]
select count(*) as [n] from (select [store_id], [sensor_id], [local_date] from [analytics].[data_quality_daily] where [local_date] = ? group by [store_id], [sensor_id], [local_date] having count(*) > 1) as [f]
select count(*) as [n] from (select [store_id], [sensor_id], [hour_utc] from [analytics].[sensor_hourly] where [local_date] = ? and ([status] not in (?, …) or [status] is null or [reason] is null or [method] is null or ([visitors] is null and not [status] = ?) or ([visitors] is not null and [status] = ?))) as [f]
select count(*) as [n] from (select [store_id] from [analytics].[store_hourly] where [local_date] = ? and ([visitors] is null or [visitors_measured] is null or [imputed_share] is null)) as [f]
select count(*) as [n] from (select [store_id] from [analytics].[store_daily] where [local_date] = ? and ([visitors] is null or [visitors_measured] is null or [imputed_share] is null)) as [f]
select count(*) as [n] from (select [h].[store_id], [h].[hour_utc] from [analytics].[store_hourly] as [h] left join (select [store_id], [hour_utc], sum(coalesce(visitors, 0)) as [visitors], sum(case when status = 'measured' then visitors else 0 end) as [measured] from [analytics].[sensor_hourly] where [local_date] = ? group by [store_id], [hour_utc]) as [s] on [s].[store_id] = [h].[store_id] and [s].[hour_utc] = [h].[hour_utc] where [h].[local_date] = ? and (coalesce(s.visitors, 0) <> h.visitors or coalesce(s.measured, 0) <> h.visitors_measured)) as [f]
select count(*) as [n] from (select [d].[store_id] from [analytics].[store_daily] as [d] left join (select [store_id], sum([visitors]) as [visitors], sum([visitors_measured]) as [measured], sum([transactions]) as [transactions], sum([revenue]) as [revenue] from [analytics].[store_hourly] where [local_date] = ? group by [store_id]) as [h] on [h].[store_id] = [d].[store_id] where [d].[local_date] = ? and ([h].[store_id] is null or h.visitors <> d.visitors or h.measured <> d.visitors_measured or h.transactions <> d.transactions or abs(h.revenue - d.revenue) > 0.005)) as [f]
select count(*) as [n] from (select [store_id] from [analytics].[store_hourly] where [local_date] = ? and ([conversion_rate] < ? or [conversion_rate] > ? or [imputed_share] < ? or [imputed_share] > ?)) as [f]
select count(*) as [n] from (select [store_id] from [analytics].[store_daily] where [local_date] = ? and ([conversion_rate] < ? or [conversion_rate] > ? or [imputed_share] < ? or [imputed_share] > ?)) as [f]
select count(*) as [n] from (select [c].[store_id] from [analytics].[dim_store_date] as [c] left join [analytics].[store_daily] as [d] on [d].[store_id] = [c].[store_id] and [d].[local_date] = [c].[local_date] left join (select [store_id], count(distinct [hour_utc]) as [hours] from [analytics].[sensor_hourly] where [local_date] = ? group by [store_id]) as [s] on [s].[store_id] = [c].[store_id] where [c].[local_date] = ? and ([d].[store_id] is null or [s].[store_id] is null or s.hours <> d.hours_expected)) as [f]
delete from [analytics].[data_test_results] where [local_date] = ?;select @@rowcount
insert into [analytics].[data_test_results] ([built_at], [failing_rows], [local_date], [model], [status], [test_name]) values (?, ?, ?, ?, ?, ?), …
delete from [analytics].[day_builds] where [local_date] = ?;select @@rowcount
insert into [analytics].[day_builds] ([built_at], [failed_tests], [hours], [local_date], [run_id], [status], [stores], [workflow_id]) values (?, ?, ?, ?, ?, ?, ?, ?)

-- hoursOfDay
select [store_id], [timezone] from [analytics].[dim_store]

-- missingHours
select distinct [hour_utc], [dataset] from [raw].[ingestion_log] where [hour_utc] in (?, …) and [status] = ?

-- hoursLackingStores
select distinct [hour_utc], [store_id] from [raw].[transactions] where [hour_utc] in (?, …) and [store_id] in (?, …)

-- dashboard listStores
select [store_id], [city_store] from [analytics].[dim_store] order by [store_id] asc
select distinct [store_id] from [analytics].[store_daily] order by [store_id] asc

-- dashboard latestDate
select top (?) max([local_date]) as [latest] from [analytics].[store_daily] where [store_id] = ?

-- dashboard storeDays
select * from [analytics].[store_daily] where [store_id] = ? and [local_date] between ? and ? order by [local_date] asc

-- dashboard latestCompleteDate
select top (?) max([local_date]) as [latest] from [analytics].[store_daily] where [store_id] = ? and [hours_loaded] >= [hours_expected]

-- dashboard storeHours
select [hour_utc], [local_hour], [visitors], [visitors_measured], [transactions], [revenue], [conversion_rate] from [analytics].[store_hourly] where [store_id] = ? and [local_date] = ? order by [hour_utc] asc

-- dashboard readStoreForecast
select top (?) max([origin_date]) as [origin] from [analytics].[forecast_store_hourly] where [store_id] = ?
select [hour_utc], [local_date], [local_hour], [is_open], [visitors], [visitors_p10], [visitors_p90], [transactions], [model_version], [workflow_id], [run_id], [created_at] from [analytics].[forecast_store_hourly] where [store_id] = ? and [origin_date] = ? order by [hour_utc] asc
select [hour_utc], [visitors_per_staff], [staff] from [analytics].[staffing_store_hourly] where [store_id] = ? and [origin_date] = ?
select [local_date], [is_open], [visitors], [visitors_p10], [visitors_p90] from [analytics].[forecast_store_daily] where [store_id] = ? and [origin_date] = ?
select [local_date], [visitors] from [analytics].[store_daily] where [store_id] = ? and [local_date] between ? and ?

-- dashboard pipelineHealth
select top (?) [hour_utc], [finished_at], [workflow_id], [run_id] from [analytics].[ingestion_log] where [dataset] = ? and [status] = ? order by [finished_at] desc, [id] desc
select top (?) [hour_utc] from [analytics].[ingestion_log] where [dataset] = ? and [status] = ? order by [hour_utc] desc
select distinct [hour_utc], [dataset] from [analytics].[ingestion_log] where [status] = ? and [hour_utc] between ? and ?
select top (?) [f].[hour_utc], [f].[dataset], [f].[error], [f].[workflow_id], [f].[run_id] from [analytics].[ingestion_log] as [f] where [f].[status] = ? and not exists (select 1 from [analytics].[ingestion_log] as [later] where [later].[hour_utc] = [f].[hour_utc] and [later].[dataset] = [f].[dataset] and ([later].[finished_at] > [f].[finished_at] or ([later].[finished_at] = [f].[finished_at] and [later].[id] > [f].[id]))) order by [f].[finished_at] desc, [f].[id] desc
select top (?) count(*) as [n] from [analytics].[ingestion_log] as [f] where [f].[status] = ? and not exists (select 1 from [analytics].[ingestion_log] as [later] where [later].[hour_utc] = [f].[hour_utc] and [later].[dataset] = [f].[dataset] and ([later].[finished_at] > [f].[finished_at] or ([later].[finished_at] = [f].[finished_at] and [later].[id] > [f].[id])))

-- dashboard openAlerts
select top (?) [episode_key], [store_id], [sensor_id], [kind], [started_at], [opened_at], [notified_opened_at] from [analytics].[sensor_alerts] where [resolved_at] is null and [store_id] = ? order by [opened_at] desc, [episode_key] asc
select count(*) as [n] from [analytics].[sensor_alerts] where [resolved_at] is null and [store_id] = ?

-- dashboard openAlertsByStore
select [store_id], count(*) as [n] from [analytics].[sensor_alerts] where [resolved_at] is null group by [store_id]

-- migrateDown
SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME = ?
select * from [knex_migrations_lock]
select [name] from [knex_migrations] order by [id] asc
update [knex_migrations_lock] set [is_locked] = ? where [is_locked] = ?;select @@rowcount
select max([batch]) as [max_batch] from [knex_migrations]
DROP INDEX [sensor_hourly_sensor_view_index] ON [analytics].[sensor_hourly]
delete from [knex_migrations] where [name] = ?;select @@rowcount
if object_id('[analytics].[sensor_alerts]', 'U') is not null DROP TABLE [analytics].[sensor_alerts]
if object_id('[analytics].[sensor_health_hourly]', 'U') is not null DROP TABLE [analytics].[sensor_health_hourly]
DROP INDEX [sensor_hourly_store_view_index] ON [analytics].[sensor_hourly]
DROP INDEX [store_hourly_store_view_index] ON [analytics].[store_hourly]
DROP INDEX [store_daily_chain_view_index] ON [analytics].[store_daily]
if object_id('[analytics].[sensor_daily]', 'U') is not null DROP TABLE [analytics].[sensor_daily]
if object_id('[analytics].[ingestion_log]', 'V') is not null DROP VIEW [analytics].[ingestion_log]
if object_id('[analytics].[staffing_store_hourly]', 'U') is not null DROP TABLE [analytics].[staffing_store_hourly]
if object_id('[analytics].[forecast_store_daily]', 'U') is not null DROP TABLE [analytics].[forecast_store_daily]
if object_id('[analytics].[forecast_store_hourly]', 'U') is not null DROP TABLE [analytics].[forecast_store_hourly]
if object_id('[analytics].[data_test_results]', 'U') is not null DROP TABLE [analytics].[data_test_results]
if object_id('[analytics].[day_builds]', 'U') is not null DROP TABLE [analytics].[day_builds]
if object_id('[analytics].[store_hour_profile]', 'U') is not null DROP TABLE [analytics].[store_hour_profile]
if object_id('[analytics].[sensor_daily_baseline]', 'U') is not null DROP TABLE [analytics].[sensor_daily_baseline]
if object_id('[analytics].[data_quality_daily]', 'U') is not null DROP TABLE [analytics].[data_quality_daily]
if object_id('[analytics].[sensor_hourly]', 'U') is not null DROP TABLE [analytics].[sensor_hourly]
if object_id('[analytics].[dim_store_date]', 'U') is not null DROP TABLE [analytics].[dim_store_date]
if object_id('[analytics].[dim_date]', 'U') is not null DROP TABLE [analytics].[dim_date]
if object_id('[analytics].[dim_sensor]', 'U') is not null DROP TABLE [analytics].[dim_sensor]

              DECLARE @constraint varchar(100) = (SELECT default_constraints.name
                                                  FROM sys.all_columns
                                                  INNER JOIN sys.tables
                                                    ON all_columns.object_id = tables.object_id
                                                  INNER JOIN sys.schemas
                                                    ON tables.schema_id = schemas.schema_id
                                                  INNER JOIN sys.default_constraints
                                                    ON all_columns.default_object_id = default_constraints.object_id
                                                  WHERE schemas.name = 'analytics'
                                                  AND tables.name = 'dim_store'
                                                  AND all_columns.name = 'holiday_calendar')

              IF @constraint IS NOT NULL EXEC('ALTER TABLE dim_store DROP CONSTRAINT ' + @constraint)

              DECLARE @constraint varchar(100) = (SELECT default_constraints.name
                                                  FROM sys.all_columns
                                                  INNER JOIN sys.tables
                                                    ON all_columns.object_id = tables.object_id
                                                  INNER JOIN sys.schemas
                                                    ON tables.schema_id = schemas.schema_id
                                                  INNER JOIN sys.default_constraints
                                                    ON all_columns.default_object_id = default_constraints.object_id
                                                  WHERE schemas.name = 'analytics'
                                                  AND tables.name = 'dim_store'
                                                  AND all_columns.name = 'opening_mon')

              IF @constraint IS NOT NULL EXEC('ALTER TABLE dim_store DROP CONSTRAINT ' + @constraint)

              DECLARE @constraint varchar(100) = (SELECT default_constraints.name
                                                  FROM sys.all_columns
                                                  INNER JOIN sys.tables
                                                    ON all_columns.object_id = tables.object_id
                                                  INNER JOIN sys.schemas
                                                    ON tables.schema_id = schemas.schema_id
                                                  INNER JOIN sys.default_constraints
                                                    ON all_columns.default_object_id = default_constraints.object_id
                                                  WHERE schemas.name = 'analytics'
                                                  AND tables.name = 'dim_store'
                                                  AND all_columns.name = 'opening_tue')

              IF @constraint IS NOT NULL EXEC('ALTER TABLE dim_store DROP CONSTRAINT ' + @constraint)

              DECLARE @constraint varchar(100) = (SELECT default_constraints.name
                                                  FROM sys.all_columns
                                                  INNER JOIN sys.tables
                                                    ON all_columns.object_id = tables.object_id
                                                  INNER JOIN sys.schemas
                                                    ON tables.schema_id = schemas.schema_id
                                                  INNER JOIN sys.default_constraints
                                                    ON all_columns.default_object_id = default_constraints.object_id
                                                  WHERE schemas.name = 'analytics'
                                                  AND tables.name = 'dim_store'
                                                  AND all_columns.name = 'opening_wed')

              IF @constraint IS NOT NULL EXEC('ALTER TABLE dim_store DROP CONSTRAINT ' + @constraint)

              DECLARE @constraint varchar(100) = (SELECT default_constraints.name
                                                  FROM sys.all_columns
                                                  INNER JOIN sys.tables
                                                    ON all_columns.object_id = tables.object_id
                                                  INNER JOIN sys.schemas
                                                    ON tables.schema_id = schemas.schema_id
                                                  INNER JOIN sys.default_constraints
                                                    ON all_columns.default_object_id = default_constraints.object_id
                                                  WHERE schemas.name = 'analytics'
                                                  AND tables.name = 'dim_store'
                                                  AND all_columns.name = 'opening_thu')

              IF @constraint IS NOT NULL EXEC('ALTER TABLE dim_store DROP CONSTRAINT ' + @constraint)

              DECLARE @constraint varchar(100) = (SELECT default_constraints.name
                                                  FROM sys.all_columns
                                                  INNER JOIN sys.tables
                                                    ON all_columns.object_id = tables.object_id
                                                  INNER JOIN sys.schemas
                                                    ON tables.schema_id = schemas.schema_id
                                                  INNER JOIN sys.default_constraints
                                                    ON all_columns.default_object_id = default_constraints.object_id
                                                  WHERE schemas.name = 'analytics'
                                                  AND tables.name = 'dim_store'
                                                  AND all_columns.name = 'opening_fri')

              IF @constraint IS NOT NULL EXEC('ALTER TABLE dim_store DROP CONSTRAINT ' + @constraint)

              DECLARE @constraint varchar(100) = (SELECT default_constraints.name
                                                  FROM sys.all_columns
                                                  INNER JOIN sys.tables
                                                    ON all_columns.object_id = tables.object_id
                                                  INNER JOIN sys.schemas
                                                    ON tables.schema_id = schemas.schema_id
                                                  INNER JOIN sys.default_constraints
                                                    ON all_columns.default_object_id = default_constraints.object_id
                                                  WHERE schemas.name = 'analytics'
                                                  AND tables.name = 'dim_store'
                                                  AND all_columns.name = 'opening_sat')

              IF @constraint IS NOT NULL EXEC('ALTER TABLE dim_store DROP CONSTRAINT ' + @constraint)

              DECLARE @constraint varchar(100) = (SELECT default_constraints.name
                                                  FROM sys.all_columns
                                                  INNER JOIN sys.tables
                                                    ON all_columns.object_id = tables.object_id
                                                  INNER JOIN sys.schemas
                                                    ON tables.schema_id = schemas.schema_id
                                                  INNER JOIN sys.default_constraints
                                                    ON all_columns.default_object_id = default_constraints.object_id
                                                  WHERE schemas.name = 'analytics'
                                                  AND tables.name = 'dim_store'
                                                  AND all_columns.name = 'opening_sun')

              IF @constraint IS NOT NULL EXEC('ALTER TABLE dim_store DROP CONSTRAINT ' + @constraint)
ALTER TABLE [analytics].[dim_store] DROP COLUMN [holiday_calendar], [opening_mon], [opening_tue], [opening_wed], [opening_thu], [opening_fri], [opening_sat], [opening_sun]

              DECLARE @constraint varchar(100) = (SELECT default_constraints.name
                                                  FROM sys.all_columns
                                                  INNER JOIN sys.tables
                                                    ON all_columns.object_id = tables.object_id
                                                  INNER JOIN sys.schemas
                                                    ON tables.schema_id = schemas.schema_id
                                                  INNER JOIN sys.default_constraints
                                                    ON all_columns.default_object_id = default_constraints.object_id
                                                  WHERE schemas.name = 'analytics'
                                                  AND tables.name = 'store_hourly'
                                                  AND all_columns.name = 'visitors_measured')

              IF @constraint IS NOT NULL EXEC('ALTER TABLE store_hourly DROP CONSTRAINT ' + @constraint)

              DECLARE @constraint varchar(100) = (SELECT default_constraints.name
                                                  FROM sys.all_columns
                                                  INNER JOIN sys.tables
                                                    ON all_columns.object_id = tables.object_id
                                                  INNER JOIN sys.schemas
                                                    ON tables.schema_id = schemas.schema_id
                                                  INNER JOIN sys.default_constraints
                                                    ON all_columns.default_object_id = default_constraints.object_id
                                                  WHERE schemas.name = 'analytics'
                                                  AND tables.name = 'store_hourly'
                                                  AND all_columns.name = 'imputed_share')

              IF @constraint IS NOT NULL EXEC('ALTER TABLE store_hourly DROP CONSTRAINT ' + @constraint)
ALTER TABLE [analytics].[store_hourly] DROP COLUMN [visitors_measured], [imputed_share]
exec sp_rename ?, ?, 'COLUMN'

              DECLARE @constraint varchar(100) = (SELECT default_constraints.name
                                                  FROM sys.all_columns
                                                  INNER JOIN sys.tables
                                                    ON all_columns.object_id = tables.object_id
                                                  INNER JOIN sys.schemas
                                                    ON tables.schema_id = schemas.schema_id
                                                  INNER JOIN sys.default_constraints
                                                    ON all_columns.default_object_id = default_constraints.object_id
                                                  WHERE schemas.name = 'analytics'
                                                  AND tables.name = 'store_daily'
                                                  AND all_columns.name = 'visitors_measured')

              IF @constraint IS NOT NULL EXEC('ALTER TABLE store_daily DROP CONSTRAINT ' + @constraint)

              DECLARE @constraint varchar(100) = (SELECT default_constraints.name
                                                  FROM sys.all_columns
                                                  INNER JOIN sys.tables
                                                    ON all_columns.object_id = tables.object_id
                                                  INNER JOIN sys.schemas
                                                    ON tables.schema_id = schemas.schema_id
                                                  INNER JOIN sys.default_constraints
                                                    ON all_columns.default_object_id = default_constraints.object_id
                                                  WHERE schemas.name = 'analytics'
                                                  AND tables.name = 'store_daily'
                                                  AND all_columns.name = 'imputed_share')

              IF @constraint IS NOT NULL EXEC('ALTER TABLE store_daily DROP CONSTRAINT ' + @constraint)
ALTER TABLE [analytics].[store_daily] DROP COLUMN [visitors_measured], [imputed_share]
if object_id('[analytics].[store_hourly]', 'U') is not null DROP TABLE [analytics].[store_hourly]
if object_id('[analytics].[store_daily]', 'U') is not null DROP TABLE [analytics].[store_daily]
if object_id('[analytics].[dim_store]', 'U') is not null DROP TABLE [analytics].[dim_store]
if object_id('[raw].[ingestion_log]', 'U') is not null DROP TABLE [raw].[ingestion_log]
if object_id('[raw].[transactions]', 'U') is not null DROP TABLE [raw].[transactions]
if object_id('[raw].[visitors]', 'U') is not null DROP TABLE [raw].[visitors]
if schema_id(?) is not null exec('drop schema analytics')
if schema_id(?) is not null exec('drop schema raw')
update [knex_migrations_lock] set [is_locked] = ?;select @@rowcount
