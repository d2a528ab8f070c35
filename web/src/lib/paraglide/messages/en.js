/* eslint-disable */
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Alert_Kind_DeadInputs */
/** @typedef {{}} Alert_Kind_DriftingInputs */
/** @typedef {{}} Alert_Kind_SilentInputs */
/** @typedef {{}} Alert_Kind_SpikingInputs */
/** @typedef {{}} Alert_Notified_NoInputs */
/** @typedef {{}} Alert_Notified_YesInputs */
/** @typedef {{}} Alerts_NoneInputs */
/** @typedef {{}} Alerts_NoteInputs */
/** @typedef {{}} Alerts_Per_StoreInputs */
/** @typedef {{}} Alerts_Per_Store_NoneInputs */
/** @typedef {{ shown: NonNullable<unknown>, total: NonNullable<unknown> }} Alerts_ShownInputs */
/** @typedef {{}} Alerts_TitleInputs */
/** @typedef {{}} All_StoresInputs */
/** @typedef {{}} Chain_No_Data_HintInputs */
/** @typedef {{ from: NonNullable<unknown>, to: NonNullable<unknown>, pfrom: NonNullable<unknown>, pto: NonNullable<unknown>, yfrom: NonNullable<unknown>, yto: NonNullable<unknown> }} Chain_NoteInputs */
/** @typedef {{}} Chain_Period_LabelInputs */
/** @typedef {{}} Chain_TitleInputs */
/** @typedef {{}} Chart_Conversion_DayInputs */
/** @typedef {{}} Chart_Conversion_HourInputs */
/** @typedef {{ from: NonNullable<unknown>, to: NonNullable<unknown> }} Chart_Daily_TitleInputs */
/** @typedef {{}} Chart_Heat_ConversionInputs */
/** @typedef {{}} Chart_Heat_VisitorsInputs */
/** @typedef {{ day: NonNullable<unknown> }} Chart_Hourly_TitleInputs */
/** @typedef {{}} Chart_Revenue_DailyInputs */
/** @typedef {{}} Chart_Revenue_HourlyInputs */
/** @typedef {{}} Chart_Sensors_DailyInputs */
/** @typedef {{}} Chart_Sensors_HourlyInputs */
/** @typedef {{}} Col_Alert_KindInputs */
/** @typedef {{}} Col_Alert_NotifiedInputs */
/** @typedef {{}} Col_Alert_RaisedInputs */
/** @typedef {{}} Col_Alert_SinceInputs */
/** @typedef {{}} Col_BasketInputs */
/** @typedef {{}} Col_ConversionInputs */
/** @typedef {{}} Col_CountedInputs */
/** @typedef {{}} Col_DayInputs */
/** @typedef {{}} Col_DeadInputs */
/** @typedef {{}} Col_DriftInputs */
/** @typedef {{}} Col_EstimatedInputs */
/** @typedef {{}} Col_ForecastInputs */
/** @typedef {{}} Col_HourInputs */
/** @typedef {{}} Col_Hour_StoreInputs */
/** @typedef {{}} Col_HoursInputs */
/** @typedef {{}} Col_ImputedInputs */
/** @typedef {{}} Col_MissingInputs */
/** @typedef {{}} Col_Open_AlertsInputs */
/** @typedef {{}} Col_OutliersInputs */
/** @typedef {{}} Col_P10Inputs */
/** @typedef {{}} Col_P90Inputs */
/** @typedef {{}} Col_ReceivedInputs */
/** @typedef {{}} Col_RevenueInputs */
/** @typedef {{}} Col_SensorInputs */
/** @typedef {{}} Col_StaffInputs */
/** @typedef {{}} Col_Starts_AtInputs */
/** @typedef {{}} Col_StoreInputs */
/** @typedef {{}} Col_TestsInputs */
/** @typedef {{}} Col_TransactionsInputs */
/** @typedef {{}} Col_TrendInputs */
/** @typedef {{}} Col_VisitorsInputs */
/** @typedef {{}} Col_Vs_PreviousInputs */
/** @typedef {{}} Col_WhenInputs */
/** @typedef {{}} Colon_EndInputs */
/** @typedef {{}} Dataset_TransactionsInputs */
/** @typedef {{}} Dataset_VisitorsInputs */
/** @typedef {{}} Days_Under_Way_HintInputs */
/** @typedef {{}} Days_Under_Way_TitleInputs */
/** @typedef {{}} Download_CsvInputs */
/** @typedef {{}} Error_BugInputs */
/** @typedef {{ dataset: NonNullable<unknown>, choices: NonNullable<unknown> }} Error_No_DatasetInputs */
/** @typedef {{ id: NonNullable<unknown> }} Error_No_StoreInputs */
/** @typedef {{}} Error_Outage_TitleInputs */
/** @typedef {{}} Error_TitleInputs */
/** @typedef {{}} Error_UnavailableInputs */
/** @typedef {{ share: NonNullable<unknown>, hours: NonNullable<unknown> }} Estimated_PointInputs */
/** @typedef {{}} Failed_Day_UnknownInputs */
/** @typedef {{}} Failed_Days_HintInputs */
/** @typedef {{}} Failed_Days_NoneInputs */
/** @typedef {{}} Failed_Days_None_EverInputs */
/** @typedef {{}} Failed_Days_TitleInputs */
/** @typedef {{ test: NonNullable<unknown>, model: NonNullable<unknown>, rows: NonNullable<unknown> }} Failed_TestInputs */
/** @typedef {{ dataset: NonNullable<unknown>, hour: NonNullable<unknown> }} Failure_WhatInputs */
/** @typedef {{ what: NonNullable<unknown>, shown: NonNullable<unknown> }} Failures_LatestInputs */
/** @typedef {{ count: NonNullable<unknown> }} Failures_ManyInputs */
/** @typedef {{ count: NonNullable<unknown> }} Failures_OneInputs */
/** @typedef {{}} Filter_FromInputs */
/** @typedef {{}} Filter_Hour_FromInputs */
/** @typedef {{}} Filter_Hour_ToInputs */
/** @typedef {{ from: NonNullable<unknown>, to: NonNullable<unknown> }} Filter_Hours_BackwardsInputs */
/** @typedef {{}} Filter_Hours_WholeInputs */
/** @typedef {{ value: NonNullable<unknown> }} Filter_Not_A_DateInputs */
/** @typedef {{ from: NonNullable<unknown>, to: NonNullable<unknown> }} Filter_Range_BackwardsInputs */
/** @typedef {{ from: NonNullable<unknown>, to: NonNullable<unknown>, max: NonNullable<unknown> }} Filter_Range_Too_LongInputs */
/** @typedef {{}} Filter_Sensor_NumberInputs */
/** @typedef {{}} Filter_SensorsInputs */
/** @typedef {{}} Filter_Sensors_HintInputs */
/** @typedef {{}} Filter_StoreInputs */
/** @typedef {{}} Filter_Store_NumberInputs */
/** @typedef {{}} Filter_ToInputs */
/** @typedef {{ max: NonNullable<unknown> }} Filter_Too_Many_SensorsInputs */
/** @typedef {{}} Filters_Store_LabelInputs */
/** @typedef {{ day: NonNullable<unknown>, forecast: NonNullable<unknown>, p10: NonNullable<unknown>, p90: NonNullable<unknown>, actual: NonNullable<unknown> }} Forecast_DayInputs */
/** @typedef {{ day: NonNullable<unknown>, actual: NonNullable<unknown> }} Forecast_Day_PastInputs */
/** @typedef {{}} Forecast_Legend_ActualInputs */
/** @typedef {{}} Forecast_Legend_ForecastInputs */
/** @typedef {{}} Forecast_Legend_IntervalInputs */
/** @typedef {{ origin: NonNullable<unknown>, model: NonNullable<unknown> }} Forecast_MadeInputs */
/** @typedef {{}} Forecast_NoneInputs */
/** @typedef {{}} Forecast_TitleInputs */
/** @typedef {{}} Go_DashboardInputs */
/** @typedef {{ weekday: NonNullable<unknown>, hour: NonNullable<unknown>, visitors: NonNullable<unknown>, conversion: NonNullable<unknown>, days: NonNullable<unknown> }} Heat_CellInputs */
/** @typedef {{}} Heat_Is_TableInputs */
/** @typedef {{}} Heat_RegionInputs */
/** @typedef {{}} Heat_WeekdayInputs */
/** @typedef {{ hour: NonNullable<unknown> }} Hour_OfInputs */
/** @typedef {{}} Hours_Not_LoadedInputs */
/** @typedef {{ from: NonNullable<unknown>, to: NonNullable<unknown> }} Hours_OnlyInputs */
/** @typedef {{}} Kpi_Active_SensorsInputs */
/** @typedef {{}} Kpi_Active_Sensors_HintInputs */
/** @typedef {{}} Kpi_BasketInputs */
/** @typedef {{}} Kpi_Basket_HintInputs */
/** @typedef {{}} Kpi_ConversionInputs */
/** @typedef {{}} Kpi_Conversion_HintInputs */
/** @typedef {{ share: NonNullable<unknown> }} Kpi_EstimatedInputs */
/** @typedef {{}} Kpi_FootfallInputs */
/** @typedef {{}} Kpi_Footfall_HintInputs */
/** @typedef {{ sensors: NonNullable<unknown> }} Kpi_Footfall_Subset_HintInputs */
/** @typedef {{}} Kpi_QualityInputs */
/** @typedef {{}} Kpi_RevenueInputs */
/** @typedef {{}} Kpi_Revenue_HintInputs */
/** @typedef {{}} Kpi_SpvInputs */
/** @typedef {{}} Kpi_Spv_HintInputs */
/** @typedef {{ visitors: NonNullable<unknown> }} Kpi_Store_Visitors_BasisInputs */
/** @typedef {{}} Kpi_TransactionsInputs */
/** @typedef {{}} Kpi_Transactions_HintInputs */
/** @typedef {{}} LanguageInputs */
/** @typedef {{ dataset: NonNullable<unknown> }} Last_LoadInputs */
/** @typedef {{ hour: NonNullable<unknown>, when: NonNullable<unknown> }} Last_RunInputs */
/** @typedef {{}} Latest_Complete_NoteInputs */
/** @typedef {{}} Latest_MissingInputs */
/** @typedef {{}} Latest_Week_InsteadInputs */
/** @typedef {{}} LegendInputs */
/** @typedef {{ share: NonNullable<unknown> }} Legend_EstimatedInputs */
/** @typedef {{}} Legend_FootfallInputs */
/** @typedef {{}} LoadingInputs */
/** @typedef {{}} Nav_ChainInputs */
/** @typedef {{}} Nav_PipelineInputs */
/** @typedef {{}} Nav_QualityInputs */
/** @typedef {{}} Nav_StoresInputs */
/** @typedef {{}} Nav_ViewsInputs */
/** @typedef {{}} Never_SucceededInputs */
/** @typedef {{}} No_ComparisonInputs */
/** @typedef {{}} No_DataInputs */
/** @typedef {{}} No_Data_HintInputs */
/** @typedef {{}} No_Data_Hint_EndInputs */
/** @typedef {{}} No_HourlyInputs */
/** @typedef {{}} No_Hours_In_RangeInputs */
/** @typedef {{}} No_Sensor_ReadingsInputs */
/** @typedef {{ hours: NonNullable<unknown> }} Of_Last_HoursInputs */
/** @typedef {{}} OutageInputs */
/** @typedef {{}} Pipeline_NoneInputs */
/** @typedef {{}} Pipeline_PageInputs */
/** @typedef {{}} Pipeline_ScopeInputs */
/** @typedef {{}} Pipeline_TitleInputs */
/** @typedef {{}} Quality_CompleteInputs */
/** @typedef {{}} Quality_FiltersInputs */
/** @typedef {{}} Quality_No_DayInputs */
/** @typedef {{}} Quality_No_ReadingsInputs */
/** @typedef {{ from: NonNullable<unknown>, to: NonNullable<unknown> }} Quality_NoteInputs */
/** @typedef {{}} Quality_PartialInputs */
/** @typedef {{ shown: NonNullable<unknown>, total: NonNullable<unknown> }} Quality_ShownInputs */
/** @typedef {{}} Quality_TitleInputs */
/** @typedef {{}} Quality_WorstInputs */
/** @typedef {{ store: NonNullable<unknown>, from: NonNullable<unknown>, to: NonNullable<unknown> }} Range_HeadingInputs */
/** @typedef {{}} Ranking_Show_AllInputs */
/** @typedef {{ shown: NonNullable<unknown>, total: NonNullable<unknown> }} Ranking_ShownInputs */
/** @typedef {{}} Replay_HintInputs */
/** @typedef {{}} Run_In_TemporalInputs */
/** @typedef {{}} See_LatestInputs */
/** @typedef {{ id: NonNullable<unknown> }} Sensor_NInputs */
/** @typedef {{ sensors: NonNullable<unknown> }} Sensor_Subset_NoteInputs */
/** @typedef {{}} ShowInputs */
/** @typedef {{}} Show_Latest_InsteadInputs */
/** @typedef {{}} Show_TableInputs */
/** @typedef {{ day: NonNullable<unknown>, hour: NonNullable<unknown>, staff: NonNullable<unknown>, visitors: NonNullable<unknown> }} Staffing_CellInputs */
/** @typedef {{}} Staffing_Hours_RegionInputs */
/** @typedef {{ ratio: NonNullable<unknown> }} Staffing_NoteInputs */
/** @typedef {{}} Staffing_TitleInputs */
/** @typedef {{}} Still_LoadingInputs */
/** @typedef {{}} Store_DashboardInputs */
/** @typedef {{ days: NonNullable<unknown> }} Store_Days_Under_WayInputs */
/** @typedef {{ count: NonNullable<unknown>, days: NonNullable<unknown> }} Store_Failed_DaysInputs */
/** @typedef {{}} Store_Failed_Days_LinkInputs */
/** @typedef {{}} Store_RankingInputs */
/** @typedef {{}} StoresInputs */
/** @typedef {{}} TaglineInputs */
/** @typedef {{ store: NonNullable<unknown> }} Trend_OfInputs */
/** @typedef {{ change: NonNullable<unknown> }} Vs_Last_YearInputs */
/** @typedef {{ change: NonNullable<unknown> }} Vs_PreviousInputs */
/** @typedef {{ from: NonNullable<unknown>, to: NonNullable<unknown> }} Window_RangeInputs */


export const alert_kind_dead = /** @type {(inputs: Alert_Kind_DeadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dead (near zero)`)
};

export const alert_kind_drifting = /** @type {(inputs: Alert_Kind_DriftingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Drifting`)
};

export const alert_kind_silent = /** @type {(inputs: Alert_Kind_SilentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Silent (no readings)`)
};

export const alert_kind_spiking = /** @type {(inputs: Alert_Kind_SpikingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Spiking`)
};

export const alert_notified_no = /** @type {(inputs: Alert_Notified_NoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`not sent`)
};

export const alert_notified_yes = /** @type {(inputs: Alert_Notified_YesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`sent`)
};

export const alerts_none = /** @type {(inputs: Alerts_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No sensor alert is open.`)
};

export const alerts_note = /** @type {(inputs: Alerts_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Data hours in UTC. An alert opens after a few consecutive opening hours of the same fault and closes by itself as soon as the sensor counts again.`)
};

export const alerts_per_store = /** @type {(inputs: Alerts_Per_StoreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Open sensor alerts per store`)
};

export const alerts_per_store_none = /** @type {(inputs: Alerts_Per_Store_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No store has an open sensor alert.`)
};

export const alerts_shown = /** @type {(inputs: Alerts_ShownInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.shown} shown of ${i?.total}.`)
};

export const alerts_title = /** @type {(inputs: Alerts_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Open sensor alerts`)
};

export const all_stores = /** @type {(inputs: All_StoresInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`All stores`)
};

export const chain_no_data_hint = /** @type {(inputs: Chain_No_Data_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Figures appear once a day has been built; the`)
};

export const chain_note = /** @type {(inputs: Chain_NoteInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.from} to ${i?.to}, compared with the ${i?.pfrom} to ${i?.pto} period and with the same weekdays a year earlier (${i?.yfrom} to ${i?.yto}).`)
};

export const chain_period_label = /** @type {(inputs: Chain_Period_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Choose the period`)
};

export const chain_title = /** @type {(inputs: Chain_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Chain overview`)
};

export const chart_conversion_day = /** @type {(inputs: Chart_Conversion_DayInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Conversion rate per day`)
};

export const chart_conversion_hour = /** @type {(inputs: Chart_Conversion_HourInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Conversion rate per hour of day (store time)`)
};

export const chart_daily_title = /** @type {(inputs: Chart_Daily_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Daily footfall and transactions, ${i?.from} to ${i?.to}`)
};

export const chart_heat_conversion = /** @type {(inputs: Chart_Heat_ConversionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Conversion by weekday and hour`)
};

export const chart_heat_visitors = /** @type {(inputs: Chart_Heat_VisitorsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Footfall by weekday and hour (mean per day)`)
};

export const chart_hourly_title = /** @type {(inputs: Chart_Hourly_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Hour by hour, ${i?.day} (store time)`)
};

export const chart_revenue_daily = /** @type {(inputs: Chart_Revenue_DailyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Revenue, day by day`)
};

export const chart_revenue_hourly = /** @type {(inputs: Chart_Revenue_HourlyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Revenue, hour by hour`)
};

export const chart_sensors_daily = /** @type {(inputs: Chart_Sensors_DailyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Visitors per sensor, day by day`)
};

export const chart_sensors_hourly = /** @type {(inputs: Chart_Sensors_HourlyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Visitors per sensor, hour by hour`)
};

export const col_alert_kind = /** @type {(inputs: Col_Alert_KindInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fault`)
};

export const col_alert_notified = /** @type {(inputs: Col_Alert_NotifiedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Webhook`)
};

export const col_alert_raised = /** @type {(inputs: Col_Alert_RaisedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Raised at`)
};

export const col_alert_since = /** @type {(inputs: Col_Alert_SinceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Since`)
};

export const col_basket = /** @type {(inputs: Col_BasketInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Avg basket`)
};

export const col_conversion = /** @type {(inputs: Col_ConversionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Conversion`)
};

export const col_counted = /** @type {(inputs: Col_CountedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Counted`)
};

export const col_day = /** @type {(inputs: Col_DayInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Day`)
};

export const col_dead = /** @type {(inputs: Col_DeadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dead`)
};

export const col_drift = /** @type {(inputs: Col_DriftInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Drifting`)
};

export const col_estimated = /** @type {(inputs: Col_EstimatedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Of which estimated`)
};

export const col_forecast = /** @type {(inputs: Col_ForecastInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Forecast`)
};

export const col_hour = /** @type {(inputs: Col_HourInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hour`)
};

export const col_hour_store = /** @type {(inputs: Col_Hour_StoreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hour (store time)`)
};

export const col_hours = /** @type {(inputs: Col_HoursInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hours`)
};

export const col_imputed = /** @type {(inputs: Col_ImputedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Imputed`)
};

export const col_missing = /** @type {(inputs: Col_MissingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Missing`)
};

export const col_open_alerts = /** @type {(inputs: Col_Open_AlertsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Open alerts`)
};

export const col_outliers = /** @type {(inputs: Col_OutliersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Outliers`)
};

export const col_p10 = /** @type {(inputs: Col_P10Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Low (p10)`)
};

export const col_p90 = /** @type {(inputs: Col_P90Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`High (p90)`)
};

export const col_received = /** @type {(inputs: Col_ReceivedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Received`)
};

export const col_revenue = /** @type {(inputs: Col_RevenueInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Revenue`)
};

export const col_sensor = /** @type {(inputs: Col_SensorInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sensor`)
};

export const col_staff = /** @type {(inputs: Col_StaffInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Staff`)
};

export const col_starts_at = /** @type {(inputs: Col_Starts_AtInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Starts at`)
};

export const col_store = /** @type {(inputs: Col_StoreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Store`)
};

export const col_tests = /** @type {(inputs: Col_TestsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Failed tests`)
};

export const col_transactions = /** @type {(inputs: Col_TransactionsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Transactions`)
};

export const col_trend = /** @type {(inputs: Col_TrendInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Trend`)
};

export const col_visitors = /** @type {(inputs: Col_VisitorsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Visitors`)
};

export const col_vs_previous = /** @type {(inputs: Col_Vs_PreviousInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`vs previous`)
};

export const col_when = /** @type {(inputs: Col_WhenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`When`)
};

export const colon_end = /** @type {(inputs: Colon_EndInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`:`)
};

export const dataset_transactions = /** @type {(inputs: Dataset_TransactionsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Transactions`)
};

export const dataset_visitors = /** @type {(inputs: Dataset_VisitorsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Visitors`)
};

export const days_under_way_hint = /** @type {(inputs: Days_Under_Way_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Built before the day was over in at least one of the stores' time zones, they lack the hours still to come. Each zone's nightly build (03:00 local time, the next day) rebuilds them: until then their figures are partial.`)
};

export const days_under_way_title = /** @type {(inputs: Days_Under_Way_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Days still under way`)
};

export const download_csv = /** @type {(inputs: Download_CsvInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Download as CSV`)
};

export const error_bug = /** @type {(inputs: Error_BugInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`An internal error stopped this page; it is recorded in the server log. Try again or go back to the dashboard.`)
};

export const error_no_dataset = /** @type {(inputs: Error_No_DatasetInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`No dataset "${i?.dataset}": choose one of ${i?.choices}.`)
};

export const error_no_store = /** @type {(inputs: Error_No_StoreInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`There is no store "${i?.id}".`)
};

export const error_outage_title = /** @type {(inputs: Error_Outage_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The dashboard cannot load its data`)
};

export const error_title = /** @type {(inputs: Error_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Something went wrong`)
};

export const error_unavailable = /** @type {(inputs: Error_UnavailableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dashboard unavailable`)
};

export const estimated_point = /** @type {(inputs: Estimated_PointInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`of which ${i?.share} estimated (${i?.hours} h)`)
};

export const failed_day_unknown = /** @type {(inputs: Failed_Day_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`test not recorded`)
};

export const failed_days_hint = /** @type {(inputs: Failed_Days_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`These days' figures are not published as reliable: they are built again once the cause is fixed.`)
};

export const failed_days_none = /** @type {(inputs: Failed_Days_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Every day of the period passed its data tests.`)
};

export const failed_days_none_ever = /** @type {(inputs: Failed_Days_None_EverInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No built day has failed its data tests.`)
};

export const failed_days_title = /** @type {(inputs: Failed_Days_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Days whose data tests failed`)
};

export const failed_test = /** @type {(inputs: Failed_TestInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.test} (${i?.model}, ${i?.rows} failing rows)`)
};

export const failure_what = /** @type {(inputs: Failure_WhatInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.dataset}, hour of ${i?.hour}`)
};

export const failures_latest = /** @type {(inputs: Failures_LatestInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.what}, latest ${i?.shown}:`)
};

export const failures_many = /** @type {(inputs: Failures_ManyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} failed loads with no successful retry`)
};

export const failures_one = /** @type {(inputs: Failures_OneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} failed load with no successful retry`)
};

export const filter_from = /** @type {(inputs: Filter_FromInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`From`)
};

export const filter_hour_from = /** @type {(inputs: Filter_Hour_FromInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`From hour`)
};

export const filter_hour_to = /** @type {(inputs: Filter_Hour_ToInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`To hour`)
};

export const filter_hours_backwards = /** @type {(inputs: Filter_Hours_BackwardsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The hour range starts (${i?.from}) after it ends (${i?.to}).`)
};

export const filter_hours_whole = /** @type {(inputs: Filter_Hours_WholeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hours are whole store-local hours from 0 to 23.`)
};

export const filter_not_a_date = /** @type {(inputs: Filter_Not_A_DateInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`"${i?.value}" is not a date: use YYYY-MM-DD.`)
};

export const filter_range_backwards = /** @type {(inputs: Filter_Range_BackwardsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The range starts (${i?.from}) after it ends (${i?.to}).`)
};

export const filter_range_too_long = /** @type {(inputs: Filter_Range_Too_LongInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The range ${i?.from} to ${i?.to} is longer than ${i?.max} days: choose a shorter one.`)
};

export const filter_sensor_number = /** @type {(inputs: Filter_Sensor_NumberInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sensors are chosen by their number.`)
};

export const filter_sensors = /** @type {(inputs: Filter_SensorsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sensors`)
};

export const filter_sensors_hint = /** @type {(inputs: Filter_Sensors_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(none ticked: all)`)
};

export const filter_store = /** @type {(inputs: Filter_StoreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Store`)
};

export const filter_store_number = /** @type {(inputs: Filter_Store_NumberInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Stores are chosen by their number.`)
};

export const filter_to = /** @type {(inputs: Filter_ToInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`To`)
};

export const filter_too_many_sensors = /** @type {(inputs: Filter_Too_Many_SensorsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Choose at most ${i?.max} sensors.`)
};

export const filters_store_label = /** @type {(inputs: Filters_Store_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Choose a store, sensors, dates and hours`)
};

export const forecast_day = /** @type {(inputs: Forecast_DayInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.day}: forecast ${i?.forecast} (80 % interval ${i?.p10} to ${i?.p90}), counted ${i?.actual}`)
};

export const forecast_day_past = /** @type {(inputs: Forecast_Day_PastInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.day}: counted ${i?.actual}`)
};

export const forecast_legend_actual = /** @type {(inputs: Forecast_Legend_ActualInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Visitors counted`)
};

export const forecast_legend_forecast = /** @type {(inputs: Forecast_Legend_ForecastInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Forecast`)
};

export const forecast_legend_interval = /** @type {(inputs: Forecast_Legend_IntervalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`80 % interval (p10–p90)`)
};

export const forecast_made = /** @type {(inputs: Forecast_MadeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Forecast made on the night after ${i?.origin} (model ${i?.model}).`)
};

export const forecast_none = /** @type {(inputs: Forecast_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No forecast yet: one is made every night once the day is built.`)
};

export const forecast_title = /** @type {(inputs: Forecast_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Forecast for the next 7 days`)
};

export const go_dashboard = /** @type {(inputs: Go_DashboardInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Go to the dashboard`)
};

export const heat_cell = /** @type {(inputs: Heat_CellInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.weekday} ${i?.hour}: ${i?.visitors} visitors a day, ${i?.conversion} conversion, over ${i?.days} day(s)`)
};

export const heat_is_table = /** @type {(inputs: Heat_Is_TableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The heatmap above is itself a table.`)
};

export const heat_region = /** @type {(inputs: Heat_RegionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Weekday by hour`)
};

export const heat_weekday = /** @type {(inputs: Heat_WeekdayInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Weekday`)
};

export const hour_of = /** @type {(inputs: Hour_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`hour of ${i?.hour}`)
};

export const hours_not_loaded = /** @type {(inputs: Hours_Not_LoadedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hours not fully loaded`)
};

export const hours_only = /** @type {(inputs: Hours_OnlyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Store-local hours ${i?.from} to ${i?.to} only.`)
};

export const kpi_active_sensors = /** @type {(inputs: Kpi_Active_SensorsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Active sensors`)
};

export const kpi_active_sensors_hint = /** @type {(inputs: Kpi_Active_Sensors_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`with readings`)
};

export const kpi_basket = /** @type {(inputs: Kpi_BasketInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Average basket`)
};

export const kpi_basket_hint = /** @type {(inputs: Kpi_Basket_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`revenue per transaction`)
};

export const kpi_conversion = /** @type {(inputs: Kpi_ConversionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Conversion rate`)
};

export const kpi_conversion_hint = /** @type {(inputs: Kpi_Conversion_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`transactions per visitor`)
};

export const kpi_estimated = /** @type {(inputs: Kpi_EstimatedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`of which ${i?.share} estimated (imputed or corrected)`)
};

export const kpi_footfall = /** @type {(inputs: Kpi_FootfallInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Footfall`)
};

export const kpi_footfall_hint = /** @type {(inputs: Kpi_Footfall_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`visitors counted at the doors`)
};

export const kpi_footfall_subset_hint = /** @type {(inputs: Kpi_Footfall_Subset_HintInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`visitors at sensors ${i?.sensors}`)
};

export const kpi_quality = /** @type {(inputs: Kpi_QualityInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Data quality`)
};

export const kpi_revenue = /** @type {(inputs: Kpi_RevenueInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Revenue`)
};

export const kpi_revenue_hint = /** @type {(inputs: Kpi_Revenue_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`till sales`)
};

export const kpi_spv = /** @type {(inputs: Kpi_SpvInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sales per visitor`)
};

export const kpi_spv_hint = /** @type {(inputs: Kpi_Spv_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`revenue per visitor`)
};

export const kpi_store_visitors_basis = /** @type {(inputs: Kpi_Store_Visitors_BasisInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`over the store's ${i?.visitors} visitors (all sensors)`)
};

export const kpi_transactions = /** @type {(inputs: Kpi_TransactionsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Transactions`)
};

export const kpi_transactions_hint = /** @type {(inputs: Kpi_Transactions_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`receipts at the tills`)
};

export const language = /** @type {(inputs: LanguageInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Language`)
};

export const last_load = /** @type {(inputs: Last_LoadInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Latest ${i?.dataset} hour loaded`)
};

export const last_run = /** @type {(inputs: Last_RunInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`last load: hour of ${i?.hour}, ran ${i?.when}`)
};

export const latest_complete_note = /** @type {(inputs: Latest_Complete_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Showing the latest complete day.`)
};

export const latest_missing = /** @type {(inputs: Latest_MissingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Latest hours not fully loaded`)
};

export const latest_week_instead = /** @type {(inputs: Latest_Week_InsteadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Show the latest week instead`)
};

export const legend = /** @type {(inputs: LegendInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Legend`)
};

export const legend_estimated = /** @type {(inputs: Legend_EstimatedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Estimated (imputed or corrected): ${i?.share}`)
};

export const legend_footfall = /** @type {(inputs: Legend_FootfallInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Footfall (visitors)`)
};

export const loading = /** @type {(inputs: LoadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Loading…`)
};

export const nav_chain = /** @type {(inputs: Nav_ChainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Chain`)
};

export const nav_pipeline = /** @type {(inputs: Nav_PipelineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pipeline`)
};

export const nav_quality = /** @type {(inputs: Nav_QualityInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Data quality`)
};

export const nav_stores = /** @type {(inputs: Nav_StoresInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Stores`)
};

export const nav_views = /** @type {(inputs: Nav_ViewsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Views`)
};

export const never_succeeded = /** @type {(inputs: Never_SucceededInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Never succeeded`)
};

export const no_comparison = /** @type {(inputs: No_ComparisonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`no data`)
};

export const no_data = /** @type {(inputs: No_DataInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No data for this store and date yet — has the nightly transform run?`)
};

export const no_data_hint = /** @type {(inputs: No_Data_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Days appear here once they are built; the`)
};

export const no_data_hint_end = /** @type {(inputs: No_Data_Hint_EndInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`shows what has loaded.`)
};

export const no_hourly = /** @type {(inputs: No_HourlyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No hour-by-hour figures for this day.`)
};

export const no_hours_in_range = /** @type {(inputs: No_Hours_In_RangeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No hour-by-hour figures in this range.`)
};

export const no_sensor_readings = /** @type {(inputs: No_Sensor_ReadingsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No sensor readings for these sensors, dates and hours.`)
};

export const of_last_hours = /** @type {(inputs: Of_Last_HoursInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`of the last ${i?.hours} hours`)
};

export const outage = /** @type {(inputs: OutageInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The warehouse database cannot be read, so no figures can be shown. Check that it is running, that DATABASE_URL points to it and that migrations have run, then reload this page.`)
};

export const pipeline_none = /** @type {(inputs: Pipeline_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No loads recorded yet.`)
};

export const pipeline_page = /** @type {(inputs: Pipeline_PageInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`pipeline page`)
};

export const pipeline_scope = /** @type {(inputs: Pipeline_ScopeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`all stores, times in UTC`)
};

export const pipeline_title = /** @type {(inputs: Pipeline_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pipeline`)
};

export const quality_complete = /** @type {(inputs: Quality_CompleteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Complete`)
};

export const quality_filters = /** @type {(inputs: Quality_FiltersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Choose the period and store`)
};

export const quality_no_day = /** @type {(inputs: Quality_No_DayInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No complete day in the warehouse yet: once the nightly build has run, the sensors' figures appear here.`)
};

export const quality_no_readings = /** @type {(inputs: Quality_No_ReadingsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No sensor readings in this period.`)
};

export const quality_note = /** @type {(inputs: Quality_NoteInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.from} to ${i?.to}. Shares of each sensor's hours (23 to 25 a day), read from the cleaned tables: readings received, missing, outliers, dead, drifting, and hours imputed. Sensors whose hours were most often faulty first.`)
};

export const quality_partial = /** @type {(inputs: Quality_PartialInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Partial`)
};

export const quality_shown = /** @type {(inputs: Quality_ShownInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The ${i?.shown} worst of ${i?.total} sensors.`)
};

export const quality_title = /** @type {(inputs: Quality_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Data quality per sensor`)
};

export const quality_worst = /** @type {(inputs: Quality_WorstInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sensors, worst first`)
};

export const range_heading = /** @type {(inputs: Range_HeadingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.store} — ${i?.from} to ${i?.to}`)
};

export const ranking_show_all = /** @type {(inputs: Ranking_Show_AllInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Show every store`)
};

export const ranking_shown = /** @type {(inputs: Ranking_ShownInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The first ${i?.shown} of ${i?.total} stores, in this order.`)
};

export const replay_hint = /** @type {(inputs: Replay_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Replay an hour with`)
};

export const run_in_temporal = /** @type {(inputs: Run_In_TemporalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`run in Temporal`)
};

export const see_latest = /** @type {(inputs: See_LatestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`See the latest day with data`)
};

export const sensor_n = /** @type {(inputs: Sensor_NInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Sensor ${i?.id}`)
};

export const sensor_subset_note = /** @type {(inputs: Sensor_Subset_NoteInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Sensors ${i?.sensors} only: footfall, the per-sensor chart and the footfall heatmap count their visitors alone. Transactions, revenue, average basket, conversion rate, sales per visitor and the charts that show them (the day's charts included) stay the whole store's: a sale belongs to no door, and the store's sales over a few doors' visitors would overstate conversion.`)
};

export const show = /** @type {(inputs: ShowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Show`)
};

export const show_latest_instead = /** @type {(inputs: Show_Latest_InsteadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Show the latest complete day instead`)
};

export const show_table = /** @type {(inputs: Show_TableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Show the figures as a table`)
};

export const staffing_cell = /** @type {(inputs: Staffing_CellInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.day} ${i?.hour}: ${i?.staff} staff for ${i?.visitors} visitors forecast`)
};

export const staffing_hours_region = /** @type {(inputs: Staffing_Hours_RegionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Forecast and staff, hour by hour`)
};

export const staffing_note = /** @type {(inputs: Staffing_NoteInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Staff needed each open hour at ${i?.ratio} visitors per member of staff, never below the minimum while open; a dash when closed.`)
};

export const staffing_title = /** @type {(inputs: Staffing_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Staffing plan per hour`)
};

export const still_loading = /** @type {(inputs: Still_LoadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`is still being loaded.`)
};

export const store_dashboard = /** @type {(inputs: Store_DashboardInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Store dashboard`)
};

export const store_days_under_way = /** @type {(inputs: Store_Days_Under_WayInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.days}: day still under way, figures partial until the nightly build (03:00 local time, the next day).`)
};

export const store_failed_days = /** @type {(inputs: Store_Failed_DaysInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Data tests failed for ${i?.count} day(s) of this period: ${i?.days}. Their figures are not published as reliable.`)
};

export const store_failed_days_link = /** @type {(inputs: Store_Failed_Days_LinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`See which tests`)
};

export const store_ranking = /** @type {(inputs: Store_RankingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Store ranking`)
};

export const stores = /** @type {(inputs: StoresInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Stores`)
};

export const tagline = /** @type {(inputs: TaglineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Store footfall and sales, day by day`)
};

export const trend_of = /** @type {(inputs: Trend_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Daily footfall of ${i?.store}`)
};

export const vs_last_year = /** @type {(inputs: Vs_Last_YearInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`vs last year: ${i?.change}`)
};

export const vs_previous = /** @type {(inputs: Vs_PreviousInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`vs previous period: ${i?.change}`)
};

export const window_range = /** @type {(inputs: Window_RangeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.from} to ${i?.to}`)
};