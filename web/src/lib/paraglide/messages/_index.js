/* eslint-disable */
import { getLocale, experimentalStaticLocale } from "../runtime.js"

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
import * as __fr from "./fr.js"
import * as __en from "./en.js"
/**
* | output |
* | --- |
* | "Dead (near zero)" |
*
* @param {Alert_Kind_DeadInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const alert_kind_dead = /** @type {((inputs?: Alert_Kind_DeadInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Alert_Kind_DeadInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.alert_kind_dead(inputs)
	return __fr.alert_kind_dead(inputs)
});
/**
* | output |
* | --- |
* | "Drifting" |
*
* @param {Alert_Kind_DriftingInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const alert_kind_drifting = /** @type {((inputs?: Alert_Kind_DriftingInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Alert_Kind_DriftingInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.alert_kind_drifting(inputs)
	return __fr.alert_kind_drifting(inputs)
});
/**
* | output |
* | --- |
* | "Silent (no readings)" |
*
* @param {Alert_Kind_SilentInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const alert_kind_silent = /** @type {((inputs?: Alert_Kind_SilentInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Alert_Kind_SilentInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.alert_kind_silent(inputs)
	return __fr.alert_kind_silent(inputs)
});
/**
* | output |
* | --- |
* | "Spiking" |
*
* @param {Alert_Kind_SpikingInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const alert_kind_spiking = /** @type {((inputs?: Alert_Kind_SpikingInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Alert_Kind_SpikingInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.alert_kind_spiking(inputs)
	return __fr.alert_kind_spiking(inputs)
});
/**
* | output |
* | --- |
* | "not sent" |
*
* @param {Alert_Notified_NoInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const alert_notified_no = /** @type {((inputs?: Alert_Notified_NoInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Alert_Notified_NoInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.alert_notified_no(inputs)
	return __fr.alert_notified_no(inputs)
});
/**
* | output |
* | --- |
* | "sent" |
*
* @param {Alert_Notified_YesInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const alert_notified_yes = /** @type {((inputs?: Alert_Notified_YesInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Alert_Notified_YesInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.alert_notified_yes(inputs)
	return __fr.alert_notified_yes(inputs)
});
/**
* | output |
* | --- |
* | "No sensor alert is open." |
*
* @param {Alerts_NoneInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const alerts_none = /** @type {((inputs?: Alerts_NoneInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Alerts_NoneInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.alerts_none(inputs)
	return __fr.alerts_none(inputs)
});
/**
* | output |
* | --- |
* | "Data hours in UTC. An alert opens after a few consecutive opening hours of the same fault and closes by itself as soon as the sensor counts again." |
*
* @param {Alerts_NoteInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const alerts_note = /** @type {((inputs?: Alerts_NoteInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Alerts_NoteInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.alerts_note(inputs)
	return __fr.alerts_note(inputs)
});
/**
* | output |
* | --- |
* | "Open sensor alerts per store" |
*
* @param {Alerts_Per_StoreInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const alerts_per_store = /** @type {((inputs?: Alerts_Per_StoreInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Alerts_Per_StoreInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.alerts_per_store(inputs)
	return __fr.alerts_per_store(inputs)
});
/**
* | output |
* | --- |
* | "No store has an open sensor alert." |
*
* @param {Alerts_Per_Store_NoneInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const alerts_per_store_none = /** @type {((inputs?: Alerts_Per_Store_NoneInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Alerts_Per_Store_NoneInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.alerts_per_store_none(inputs)
	return __fr.alerts_per_store_none(inputs)
});
/**
* | output |
* | --- |
* | "{shown} shown of {total}." |
*
* @param {Alerts_ShownInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const alerts_shown = /** @type {((inputs: Alerts_ShownInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Alerts_ShownInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.alerts_shown(inputs)
	return __fr.alerts_shown(inputs)
});
/**
* | output |
* | --- |
* | "Open sensor alerts" |
*
* @param {Alerts_TitleInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const alerts_title = /** @type {((inputs?: Alerts_TitleInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Alerts_TitleInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.alerts_title(inputs)
	return __fr.alerts_title(inputs)
});
/**
* | output |
* | --- |
* | "All stores" |
*
* @param {All_StoresInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const all_stores = /** @type {((inputs?: All_StoresInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<All_StoresInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.all_stores(inputs)
	return __fr.all_stores(inputs)
});
/**
* | output |
* | --- |
* | "Figures appear once a day has been built; the" |
*
* @param {Chain_No_Data_HintInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const chain_no_data_hint = /** @type {((inputs?: Chain_No_Data_HintInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Chain_No_Data_HintInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.chain_no_data_hint(inputs)
	return __fr.chain_no_data_hint(inputs)
});
/**
* | output |
* | --- |
* | "{from} to {to}, compared with the {pfrom} to {pto} period and with the same weekdays a year earlier ({yfrom} to {yto})." |
*
* @param {Chain_NoteInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const chain_note = /** @type {((inputs: Chain_NoteInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Chain_NoteInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.chain_note(inputs)
	return __fr.chain_note(inputs)
});
/**
* | output |
* | --- |
* | "Choose the period" |
*
* @param {Chain_Period_LabelInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const chain_period_label = /** @type {((inputs?: Chain_Period_LabelInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Chain_Period_LabelInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.chain_period_label(inputs)
	return __fr.chain_period_label(inputs)
});
/**
* | output |
* | --- |
* | "Chain overview" |
*
* @param {Chain_TitleInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const chain_title = /** @type {((inputs?: Chain_TitleInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Chain_TitleInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.chain_title(inputs)
	return __fr.chain_title(inputs)
});
/**
* | output |
* | --- |
* | "Conversion rate per day" |
*
* @param {Chart_Conversion_DayInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const chart_conversion_day = /** @type {((inputs?: Chart_Conversion_DayInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Chart_Conversion_DayInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.chart_conversion_day(inputs)
	return __fr.chart_conversion_day(inputs)
});
/**
* | output |
* | --- |
* | "Conversion rate per hour of day (store time)" |
*
* @param {Chart_Conversion_HourInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const chart_conversion_hour = /** @type {((inputs?: Chart_Conversion_HourInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Chart_Conversion_HourInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.chart_conversion_hour(inputs)
	return __fr.chart_conversion_hour(inputs)
});
/**
* | output |
* | --- |
* | "Daily footfall and transactions, {from} to {to}" |
*
* @param {Chart_Daily_TitleInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const chart_daily_title = /** @type {((inputs: Chart_Daily_TitleInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Chart_Daily_TitleInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.chart_daily_title(inputs)
	return __fr.chart_daily_title(inputs)
});
/**
* | output |
* | --- |
* | "Conversion by weekday and hour" |
*
* @param {Chart_Heat_ConversionInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const chart_heat_conversion = /** @type {((inputs?: Chart_Heat_ConversionInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Chart_Heat_ConversionInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.chart_heat_conversion(inputs)
	return __fr.chart_heat_conversion(inputs)
});
/**
* | output |
* | --- |
* | "Footfall by weekday and hour (mean per day)" |
*
* @param {Chart_Heat_VisitorsInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const chart_heat_visitors = /** @type {((inputs?: Chart_Heat_VisitorsInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Chart_Heat_VisitorsInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.chart_heat_visitors(inputs)
	return __fr.chart_heat_visitors(inputs)
});
/**
* | output |
* | --- |
* | "Hour by hour, {day} (store time)" |
*
* @param {Chart_Hourly_TitleInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const chart_hourly_title = /** @type {((inputs: Chart_Hourly_TitleInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Chart_Hourly_TitleInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.chart_hourly_title(inputs)
	return __fr.chart_hourly_title(inputs)
});
/**
* | output |
* | --- |
* | "Revenue, day by day" |
*
* @param {Chart_Revenue_DailyInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const chart_revenue_daily = /** @type {((inputs?: Chart_Revenue_DailyInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Chart_Revenue_DailyInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.chart_revenue_daily(inputs)
	return __fr.chart_revenue_daily(inputs)
});
/**
* | output |
* | --- |
* | "Revenue, hour by hour" |
*
* @param {Chart_Revenue_HourlyInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const chart_revenue_hourly = /** @type {((inputs?: Chart_Revenue_HourlyInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Chart_Revenue_HourlyInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.chart_revenue_hourly(inputs)
	return __fr.chart_revenue_hourly(inputs)
});
/**
* | output |
* | --- |
* | "Visitors per sensor, day by day" |
*
* @param {Chart_Sensors_DailyInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const chart_sensors_daily = /** @type {((inputs?: Chart_Sensors_DailyInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Chart_Sensors_DailyInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.chart_sensors_daily(inputs)
	return __fr.chart_sensors_daily(inputs)
});
/**
* | output |
* | --- |
* | "Visitors per sensor, hour by hour" |
*
* @param {Chart_Sensors_HourlyInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const chart_sensors_hourly = /** @type {((inputs?: Chart_Sensors_HourlyInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Chart_Sensors_HourlyInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.chart_sensors_hourly(inputs)
	return __fr.chart_sensors_hourly(inputs)
});
/**
* | output |
* | --- |
* | "Fault" |
*
* @param {Col_Alert_KindInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const col_alert_kind = /** @type {((inputs?: Col_Alert_KindInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Col_Alert_KindInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.col_alert_kind(inputs)
	return __fr.col_alert_kind(inputs)
});
/**
* | output |
* | --- |
* | "Webhook" |
*
* @param {Col_Alert_NotifiedInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const col_alert_notified = /** @type {((inputs?: Col_Alert_NotifiedInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Col_Alert_NotifiedInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.col_alert_notified(inputs)
	return __fr.col_alert_notified(inputs)
});
/**
* | output |
* | --- |
* | "Raised at" |
*
* @param {Col_Alert_RaisedInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const col_alert_raised = /** @type {((inputs?: Col_Alert_RaisedInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Col_Alert_RaisedInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.col_alert_raised(inputs)
	return __fr.col_alert_raised(inputs)
});
/**
* | output |
* | --- |
* | "Since" |
*
* @param {Col_Alert_SinceInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const col_alert_since = /** @type {((inputs?: Col_Alert_SinceInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Col_Alert_SinceInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.col_alert_since(inputs)
	return __fr.col_alert_since(inputs)
});
/**
* | output |
* | --- |
* | "Avg basket" |
*
* @param {Col_BasketInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const col_basket = /** @type {((inputs?: Col_BasketInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Col_BasketInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.col_basket(inputs)
	return __fr.col_basket(inputs)
});
/**
* | output |
* | --- |
* | "Conversion" |
*
* @param {Col_ConversionInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const col_conversion = /** @type {((inputs?: Col_ConversionInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Col_ConversionInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.col_conversion(inputs)
	return __fr.col_conversion(inputs)
});
/**
* | output |
* | --- |
* | "Counted" |
*
* @param {Col_CountedInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const col_counted = /** @type {((inputs?: Col_CountedInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Col_CountedInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.col_counted(inputs)
	return __fr.col_counted(inputs)
});
/**
* | output |
* | --- |
* | "Day" |
*
* @param {Col_DayInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const col_day = /** @type {((inputs?: Col_DayInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Col_DayInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.col_day(inputs)
	return __fr.col_day(inputs)
});
/**
* | output |
* | --- |
* | "Dead" |
*
* @param {Col_DeadInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const col_dead = /** @type {((inputs?: Col_DeadInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Col_DeadInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.col_dead(inputs)
	return __fr.col_dead(inputs)
});
/**
* | output |
* | --- |
* | "Drifting" |
*
* @param {Col_DriftInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const col_drift = /** @type {((inputs?: Col_DriftInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Col_DriftInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.col_drift(inputs)
	return __fr.col_drift(inputs)
});
/**
* | output |
* | --- |
* | "Of which estimated" |
*
* @param {Col_EstimatedInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const col_estimated = /** @type {((inputs?: Col_EstimatedInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Col_EstimatedInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.col_estimated(inputs)
	return __fr.col_estimated(inputs)
});
/**
* | output |
* | --- |
* | "Forecast" |
*
* @param {Col_ForecastInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const col_forecast = /** @type {((inputs?: Col_ForecastInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Col_ForecastInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.col_forecast(inputs)
	return __fr.col_forecast(inputs)
});
/**
* | output |
* | --- |
* | "Hour" |
*
* @param {Col_HourInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const col_hour = /** @type {((inputs?: Col_HourInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Col_HourInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.col_hour(inputs)
	return __fr.col_hour(inputs)
});
/**
* | output |
* | --- |
* | "Hour (store time)" |
*
* @param {Col_Hour_StoreInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const col_hour_store = /** @type {((inputs?: Col_Hour_StoreInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Col_Hour_StoreInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.col_hour_store(inputs)
	return __fr.col_hour_store(inputs)
});
/**
* | output |
* | --- |
* | "Hours" |
*
* @param {Col_HoursInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const col_hours = /** @type {((inputs?: Col_HoursInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Col_HoursInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.col_hours(inputs)
	return __fr.col_hours(inputs)
});
/**
* | output |
* | --- |
* | "Imputed" |
*
* @param {Col_ImputedInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const col_imputed = /** @type {((inputs?: Col_ImputedInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Col_ImputedInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.col_imputed(inputs)
	return __fr.col_imputed(inputs)
});
/**
* | output |
* | --- |
* | "Missing" |
*
* @param {Col_MissingInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const col_missing = /** @type {((inputs?: Col_MissingInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Col_MissingInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.col_missing(inputs)
	return __fr.col_missing(inputs)
});
/**
* | output |
* | --- |
* | "Open alerts" |
*
* @param {Col_Open_AlertsInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const col_open_alerts = /** @type {((inputs?: Col_Open_AlertsInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Col_Open_AlertsInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.col_open_alerts(inputs)
	return __fr.col_open_alerts(inputs)
});
/**
* | output |
* | --- |
* | "Outliers" |
*
* @param {Col_OutliersInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const col_outliers = /** @type {((inputs?: Col_OutliersInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Col_OutliersInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.col_outliers(inputs)
	return __fr.col_outliers(inputs)
});
/**
* | output |
* | --- |
* | "Low (p10)" |
*
* @param {Col_P10Inputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const col_p10 = /** @type {((inputs?: Col_P10Inputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Col_P10Inputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.col_p10(inputs)
	return __fr.col_p10(inputs)
});
/**
* | output |
* | --- |
* | "High (p90)" |
*
* @param {Col_P90Inputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const col_p90 = /** @type {((inputs?: Col_P90Inputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Col_P90Inputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.col_p90(inputs)
	return __fr.col_p90(inputs)
});
/**
* | output |
* | --- |
* | "Received" |
*
* @param {Col_ReceivedInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const col_received = /** @type {((inputs?: Col_ReceivedInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Col_ReceivedInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.col_received(inputs)
	return __fr.col_received(inputs)
});
/**
* | output |
* | --- |
* | "Revenue" |
*
* @param {Col_RevenueInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const col_revenue = /** @type {((inputs?: Col_RevenueInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Col_RevenueInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.col_revenue(inputs)
	return __fr.col_revenue(inputs)
});
/**
* | output |
* | --- |
* | "Sensor" |
*
* @param {Col_SensorInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const col_sensor = /** @type {((inputs?: Col_SensorInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Col_SensorInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.col_sensor(inputs)
	return __fr.col_sensor(inputs)
});
/**
* | output |
* | --- |
* | "Staff" |
*
* @param {Col_StaffInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const col_staff = /** @type {((inputs?: Col_StaffInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Col_StaffInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.col_staff(inputs)
	return __fr.col_staff(inputs)
});
/**
* | output |
* | --- |
* | "Starts at" |
*
* @param {Col_Starts_AtInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const col_starts_at = /** @type {((inputs?: Col_Starts_AtInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Col_Starts_AtInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.col_starts_at(inputs)
	return __fr.col_starts_at(inputs)
});
/**
* | output |
* | --- |
* | "Store" |
*
* @param {Col_StoreInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const col_store = /** @type {((inputs?: Col_StoreInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Col_StoreInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.col_store(inputs)
	return __fr.col_store(inputs)
});
/**
* | output |
* | --- |
* | "Failed tests" |
*
* @param {Col_TestsInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const col_tests = /** @type {((inputs?: Col_TestsInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Col_TestsInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.col_tests(inputs)
	return __fr.col_tests(inputs)
});
/**
* | output |
* | --- |
* | "Transactions" |
*
* @param {Col_TransactionsInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const col_transactions = /** @type {((inputs?: Col_TransactionsInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Col_TransactionsInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.col_transactions(inputs)
	return __fr.col_transactions(inputs)
});
/**
* | output |
* | --- |
* | "Trend" |
*
* @param {Col_TrendInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const col_trend = /** @type {((inputs?: Col_TrendInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Col_TrendInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.col_trend(inputs)
	return __fr.col_trend(inputs)
});
/**
* | output |
* | --- |
* | "Visitors" |
*
* @param {Col_VisitorsInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const col_visitors = /** @type {((inputs?: Col_VisitorsInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Col_VisitorsInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.col_visitors(inputs)
	return __fr.col_visitors(inputs)
});
/**
* | output |
* | --- |
* | "vs previous" |
*
* @param {Col_Vs_PreviousInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const col_vs_previous = /** @type {((inputs?: Col_Vs_PreviousInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Col_Vs_PreviousInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.col_vs_previous(inputs)
	return __fr.col_vs_previous(inputs)
});
/**
* | output |
* | --- |
* | "When" |
*
* @param {Col_WhenInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const col_when = /** @type {((inputs?: Col_WhenInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Col_WhenInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.col_when(inputs)
	return __fr.col_when(inputs)
});
/**
* | output |
* | --- |
* | ":" |
*
* @param {Colon_EndInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const colon_end = /** @type {((inputs?: Colon_EndInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Colon_EndInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.colon_end(inputs)
	return __fr.colon_end(inputs)
});
/**
* | output |
* | --- |
* | "Transactions" |
*
* @param {Dataset_TransactionsInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const dataset_transactions = /** @type {((inputs?: Dataset_TransactionsInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Dataset_TransactionsInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.dataset_transactions(inputs)
	return __fr.dataset_transactions(inputs)
});
/**
* | output |
* | --- |
* | "Visitors" |
*
* @param {Dataset_VisitorsInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const dataset_visitors = /** @type {((inputs?: Dataset_VisitorsInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Dataset_VisitorsInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.dataset_visitors(inputs)
	return __fr.dataset_visitors(inputs)
});
/**
* | output |
* | --- |
* | "Built before the day was over in at least one of the stores' time zones, they lack the hours still to come. Each zone's nightly build (03:00 local time, the ..." |
*
* @param {Days_Under_Way_HintInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const days_under_way_hint = /** @type {((inputs?: Days_Under_Way_HintInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Days_Under_Way_HintInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.days_under_way_hint(inputs)
	return __fr.days_under_way_hint(inputs)
});
/**
* | output |
* | --- |
* | "Days still under way" |
*
* @param {Days_Under_Way_TitleInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const days_under_way_title = /** @type {((inputs?: Days_Under_Way_TitleInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Days_Under_Way_TitleInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.days_under_way_title(inputs)
	return __fr.days_under_way_title(inputs)
});
/**
* | output |
* | --- |
* | "Download as CSV" |
*
* @param {Download_CsvInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const download_csv = /** @type {((inputs?: Download_CsvInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Download_CsvInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.download_csv(inputs)
	return __fr.download_csv(inputs)
});
/**
* | output |
* | --- |
* | "An internal error stopped this page; it is recorded in the server log. Try again or go back to the dashboard." |
*
* @param {Error_BugInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const error_bug = /** @type {((inputs?: Error_BugInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_BugInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.error_bug(inputs)
	return __fr.error_bug(inputs)
});
/**
* | output |
* | --- |
* | "No dataset \"{dataset}\": choose one of {choices}." |
*
* @param {Error_No_DatasetInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const error_no_dataset = /** @type {((inputs: Error_No_DatasetInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_No_DatasetInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.error_no_dataset(inputs)
	return __fr.error_no_dataset(inputs)
});
/**
* | output |
* | --- |
* | "There is no store \"{id}\"." |
*
* @param {Error_No_StoreInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const error_no_store = /** @type {((inputs: Error_No_StoreInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_No_StoreInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.error_no_store(inputs)
	return __fr.error_no_store(inputs)
});
/**
* | output |
* | --- |
* | "The dashboard cannot load its data" |
*
* @param {Error_Outage_TitleInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const error_outage_title = /** @type {((inputs?: Error_Outage_TitleInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Outage_TitleInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.error_outage_title(inputs)
	return __fr.error_outage_title(inputs)
});
/**
* | output |
* | --- |
* | "Something went wrong" |
*
* @param {Error_TitleInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const error_title = /** @type {((inputs?: Error_TitleInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_TitleInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.error_title(inputs)
	return __fr.error_title(inputs)
});
/**
* | output |
* | --- |
* | "Dashboard unavailable" |
*
* @param {Error_UnavailableInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const error_unavailable = /** @type {((inputs?: Error_UnavailableInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_UnavailableInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.error_unavailable(inputs)
	return __fr.error_unavailable(inputs)
});
/**
* | output |
* | --- |
* | "of which {share} estimated ({hours} h)" |
*
* @param {Estimated_PointInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const estimated_point = /** @type {((inputs: Estimated_PointInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Estimated_PointInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.estimated_point(inputs)
	return __fr.estimated_point(inputs)
});
/**
* | output |
* | --- |
* | "test not recorded" |
*
* @param {Failed_Day_UnknownInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const failed_day_unknown = /** @type {((inputs?: Failed_Day_UnknownInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Failed_Day_UnknownInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.failed_day_unknown(inputs)
	return __fr.failed_day_unknown(inputs)
});
/**
* | output |
* | --- |
* | "These days' figures are not published as reliable: they are built again once the cause is fixed." |
*
* @param {Failed_Days_HintInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const failed_days_hint = /** @type {((inputs?: Failed_Days_HintInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Failed_Days_HintInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.failed_days_hint(inputs)
	return __fr.failed_days_hint(inputs)
});
/**
* | output |
* | --- |
* | "Every day of the period passed its data tests." |
*
* @param {Failed_Days_NoneInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const failed_days_none = /** @type {((inputs?: Failed_Days_NoneInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Failed_Days_NoneInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.failed_days_none(inputs)
	return __fr.failed_days_none(inputs)
});
/**
* | output |
* | --- |
* | "No built day has failed its data tests." |
*
* @param {Failed_Days_None_EverInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const failed_days_none_ever = /** @type {((inputs?: Failed_Days_None_EverInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Failed_Days_None_EverInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.failed_days_none_ever(inputs)
	return __fr.failed_days_none_ever(inputs)
});
/**
* | output |
* | --- |
* | "Days whose data tests failed" |
*
* @param {Failed_Days_TitleInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const failed_days_title = /** @type {((inputs?: Failed_Days_TitleInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Failed_Days_TitleInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.failed_days_title(inputs)
	return __fr.failed_days_title(inputs)
});
/**
* | output |
* | --- |
* | "{test} ({model}, {rows} failing rows)" |
*
* @param {Failed_TestInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const failed_test = /** @type {((inputs: Failed_TestInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Failed_TestInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.failed_test(inputs)
	return __fr.failed_test(inputs)
});
/**
* | output |
* | --- |
* | "{dataset}, hour of {hour}" |
*
* @param {Failure_WhatInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const failure_what = /** @type {((inputs: Failure_WhatInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Failure_WhatInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.failure_what(inputs)
	return __fr.failure_what(inputs)
});
/**
* | output |
* | --- |
* | "{what}, latest {shown}:" |
*
* @param {Failures_LatestInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const failures_latest = /** @type {((inputs: Failures_LatestInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Failures_LatestInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.failures_latest(inputs)
	return __fr.failures_latest(inputs)
});
/**
* | output |
* | --- |
* | "{count} failed loads with no successful retry" |
*
* @param {Failures_ManyInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const failures_many = /** @type {((inputs: Failures_ManyInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Failures_ManyInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.failures_many(inputs)
	return __fr.failures_many(inputs)
});
/**
* | output |
* | --- |
* | "{count} failed load with no successful retry" |
*
* @param {Failures_OneInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const failures_one = /** @type {((inputs: Failures_OneInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Failures_OneInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.failures_one(inputs)
	return __fr.failures_one(inputs)
});
/**
* | output |
* | --- |
* | "From" |
*
* @param {Filter_FromInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const filter_from = /** @type {((inputs?: Filter_FromInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Filter_FromInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.filter_from(inputs)
	return __fr.filter_from(inputs)
});
/**
* | output |
* | --- |
* | "From hour" |
*
* @param {Filter_Hour_FromInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const filter_hour_from = /** @type {((inputs?: Filter_Hour_FromInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Filter_Hour_FromInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.filter_hour_from(inputs)
	return __fr.filter_hour_from(inputs)
});
/**
* | output |
* | --- |
* | "To hour" |
*
* @param {Filter_Hour_ToInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const filter_hour_to = /** @type {((inputs?: Filter_Hour_ToInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Filter_Hour_ToInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.filter_hour_to(inputs)
	return __fr.filter_hour_to(inputs)
});
/**
* | output |
* | --- |
* | "The hour range starts ({from}) after it ends ({to})." |
*
* @param {Filter_Hours_BackwardsInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const filter_hours_backwards = /** @type {((inputs: Filter_Hours_BackwardsInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Filter_Hours_BackwardsInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.filter_hours_backwards(inputs)
	return __fr.filter_hours_backwards(inputs)
});
/**
* | output |
* | --- |
* | "Hours are whole store-local hours from 0 to 23." |
*
* @param {Filter_Hours_WholeInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const filter_hours_whole = /** @type {((inputs?: Filter_Hours_WholeInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Filter_Hours_WholeInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.filter_hours_whole(inputs)
	return __fr.filter_hours_whole(inputs)
});
/**
* | output |
* | --- |
* | "\"{value}\" is not a date: use YYYY-MM-DD." |
*
* @param {Filter_Not_A_DateInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const filter_not_a_date = /** @type {((inputs: Filter_Not_A_DateInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Filter_Not_A_DateInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.filter_not_a_date(inputs)
	return __fr.filter_not_a_date(inputs)
});
/**
* | output |
* | --- |
* | "The range starts ({from}) after it ends ({to})." |
*
* @param {Filter_Range_BackwardsInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const filter_range_backwards = /** @type {((inputs: Filter_Range_BackwardsInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Filter_Range_BackwardsInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.filter_range_backwards(inputs)
	return __fr.filter_range_backwards(inputs)
});
/**
* | output |
* | --- |
* | "The range {from} to {to} is longer than {max} days: choose a shorter one." |
*
* @param {Filter_Range_Too_LongInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const filter_range_too_long = /** @type {((inputs: Filter_Range_Too_LongInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Filter_Range_Too_LongInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.filter_range_too_long(inputs)
	return __fr.filter_range_too_long(inputs)
});
/**
* | output |
* | --- |
* | "Sensors are chosen by their number." |
*
* @param {Filter_Sensor_NumberInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const filter_sensor_number = /** @type {((inputs?: Filter_Sensor_NumberInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Filter_Sensor_NumberInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.filter_sensor_number(inputs)
	return __fr.filter_sensor_number(inputs)
});
/**
* | output |
* | --- |
* | "Sensors" |
*
* @param {Filter_SensorsInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const filter_sensors = /** @type {((inputs?: Filter_SensorsInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Filter_SensorsInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.filter_sensors(inputs)
	return __fr.filter_sensors(inputs)
});
/**
* | output |
* | --- |
* | "(none ticked: all)" |
*
* @param {Filter_Sensors_HintInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const filter_sensors_hint = /** @type {((inputs?: Filter_Sensors_HintInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Filter_Sensors_HintInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.filter_sensors_hint(inputs)
	return __fr.filter_sensors_hint(inputs)
});
/**
* | output |
* | --- |
* | "Store" |
*
* @param {Filter_StoreInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const filter_store = /** @type {((inputs?: Filter_StoreInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Filter_StoreInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.filter_store(inputs)
	return __fr.filter_store(inputs)
});
/**
* | output |
* | --- |
* | "Stores are chosen by their number." |
*
* @param {Filter_Store_NumberInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const filter_store_number = /** @type {((inputs?: Filter_Store_NumberInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Filter_Store_NumberInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.filter_store_number(inputs)
	return __fr.filter_store_number(inputs)
});
/**
* | output |
* | --- |
* | "To" |
*
* @param {Filter_ToInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const filter_to = /** @type {((inputs?: Filter_ToInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Filter_ToInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.filter_to(inputs)
	return __fr.filter_to(inputs)
});
/**
* | output |
* | --- |
* | "Choose at most {max} sensors." |
*
* @param {Filter_Too_Many_SensorsInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const filter_too_many_sensors = /** @type {((inputs: Filter_Too_Many_SensorsInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Filter_Too_Many_SensorsInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.filter_too_many_sensors(inputs)
	return __fr.filter_too_many_sensors(inputs)
});
/**
* | output |
* | --- |
* | "Choose a store, sensors, dates and hours" |
*
* @param {Filters_Store_LabelInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const filters_store_label = /** @type {((inputs?: Filters_Store_LabelInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Filters_Store_LabelInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.filters_store_label(inputs)
	return __fr.filters_store_label(inputs)
});
/**
* | output |
* | --- |
* | "{day}: forecast {forecast} (80 % interval {p10} to {p90}), counted {actual}" |
*
* @param {Forecast_DayInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const forecast_day = /** @type {((inputs: Forecast_DayInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Forecast_DayInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.forecast_day(inputs)
	return __fr.forecast_day(inputs)
});
/**
* | output |
* | --- |
* | "{day}: counted {actual}" |
*
* @param {Forecast_Day_PastInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const forecast_day_past = /** @type {((inputs: Forecast_Day_PastInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Forecast_Day_PastInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.forecast_day_past(inputs)
	return __fr.forecast_day_past(inputs)
});
/**
* | output |
* | --- |
* | "Visitors counted" |
*
* @param {Forecast_Legend_ActualInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const forecast_legend_actual = /** @type {((inputs?: Forecast_Legend_ActualInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Forecast_Legend_ActualInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.forecast_legend_actual(inputs)
	return __fr.forecast_legend_actual(inputs)
});
/**
* | output |
* | --- |
* | "Forecast" |
*
* @param {Forecast_Legend_ForecastInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const forecast_legend_forecast = /** @type {((inputs?: Forecast_Legend_ForecastInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Forecast_Legend_ForecastInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.forecast_legend_forecast(inputs)
	return __fr.forecast_legend_forecast(inputs)
});
/**
* | output |
* | --- |
* | "80 % interval (p10–p90)" |
*
* @param {Forecast_Legend_IntervalInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const forecast_legend_interval = /** @type {((inputs?: Forecast_Legend_IntervalInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Forecast_Legend_IntervalInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.forecast_legend_interval(inputs)
	return __fr.forecast_legend_interval(inputs)
});
/**
* | output |
* | --- |
* | "Forecast made on the night after {origin} (model {model})." |
*
* @param {Forecast_MadeInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const forecast_made = /** @type {((inputs: Forecast_MadeInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Forecast_MadeInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.forecast_made(inputs)
	return __fr.forecast_made(inputs)
});
/**
* | output |
* | --- |
* | "No forecast yet: one is made every night once the day is built." |
*
* @param {Forecast_NoneInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const forecast_none = /** @type {((inputs?: Forecast_NoneInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Forecast_NoneInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.forecast_none(inputs)
	return __fr.forecast_none(inputs)
});
/**
* | output |
* | --- |
* | "Forecast for the next 7 days" |
*
* @param {Forecast_TitleInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const forecast_title = /** @type {((inputs?: Forecast_TitleInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Forecast_TitleInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.forecast_title(inputs)
	return __fr.forecast_title(inputs)
});
/**
* | output |
* | --- |
* | "Go to the dashboard" |
*
* @param {Go_DashboardInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const go_dashboard = /** @type {((inputs?: Go_DashboardInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Go_DashboardInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.go_dashboard(inputs)
	return __fr.go_dashboard(inputs)
});
/**
* | output |
* | --- |
* | "{weekday} {hour}: {visitors} visitors a day, {conversion} conversion, over {days} day(s)" |
*
* @param {Heat_CellInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const heat_cell = /** @type {((inputs: Heat_CellInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Heat_CellInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.heat_cell(inputs)
	return __fr.heat_cell(inputs)
});
/**
* | output |
* | --- |
* | "The heatmap above is itself a table." |
*
* @param {Heat_Is_TableInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const heat_is_table = /** @type {((inputs?: Heat_Is_TableInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Heat_Is_TableInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.heat_is_table(inputs)
	return __fr.heat_is_table(inputs)
});
/**
* | output |
* | --- |
* | "Weekday by hour" |
*
* @param {Heat_RegionInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const heat_region = /** @type {((inputs?: Heat_RegionInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Heat_RegionInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.heat_region(inputs)
	return __fr.heat_region(inputs)
});
/**
* | output |
* | --- |
* | "Weekday" |
*
* @param {Heat_WeekdayInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const heat_weekday = /** @type {((inputs?: Heat_WeekdayInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Heat_WeekdayInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.heat_weekday(inputs)
	return __fr.heat_weekday(inputs)
});
/**
* | output |
* | --- |
* | "hour of {hour}" |
*
* @param {Hour_OfInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const hour_of = /** @type {((inputs: Hour_OfInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hour_OfInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.hour_of(inputs)
	return __fr.hour_of(inputs)
});
/**
* | output |
* | --- |
* | "Hours not fully loaded" |
*
* @param {Hours_Not_LoadedInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const hours_not_loaded = /** @type {((inputs?: Hours_Not_LoadedInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hours_Not_LoadedInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.hours_not_loaded(inputs)
	return __fr.hours_not_loaded(inputs)
});
/**
* | output |
* | --- |
* | "Store-local hours {from} to {to} only." |
*
* @param {Hours_OnlyInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const hours_only = /** @type {((inputs: Hours_OnlyInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hours_OnlyInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.hours_only(inputs)
	return __fr.hours_only(inputs)
});
/**
* | output |
* | --- |
* | "Active sensors" |
*
* @param {Kpi_Active_SensorsInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const kpi_active_sensors = /** @type {((inputs?: Kpi_Active_SensorsInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Kpi_Active_SensorsInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.kpi_active_sensors(inputs)
	return __fr.kpi_active_sensors(inputs)
});
/**
* | output |
* | --- |
* | "with readings" |
*
* @param {Kpi_Active_Sensors_HintInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const kpi_active_sensors_hint = /** @type {((inputs?: Kpi_Active_Sensors_HintInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Kpi_Active_Sensors_HintInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.kpi_active_sensors_hint(inputs)
	return __fr.kpi_active_sensors_hint(inputs)
});
/**
* | output |
* | --- |
* | "Average basket" |
*
* @param {Kpi_BasketInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const kpi_basket = /** @type {((inputs?: Kpi_BasketInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Kpi_BasketInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.kpi_basket(inputs)
	return __fr.kpi_basket(inputs)
});
/**
* | output |
* | --- |
* | "revenue per transaction" |
*
* @param {Kpi_Basket_HintInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const kpi_basket_hint = /** @type {((inputs?: Kpi_Basket_HintInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Kpi_Basket_HintInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.kpi_basket_hint(inputs)
	return __fr.kpi_basket_hint(inputs)
});
/**
* | output |
* | --- |
* | "Conversion rate" |
*
* @param {Kpi_ConversionInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const kpi_conversion = /** @type {((inputs?: Kpi_ConversionInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Kpi_ConversionInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.kpi_conversion(inputs)
	return __fr.kpi_conversion(inputs)
});
/**
* | output |
* | --- |
* | "transactions per visitor" |
*
* @param {Kpi_Conversion_HintInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const kpi_conversion_hint = /** @type {((inputs?: Kpi_Conversion_HintInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Kpi_Conversion_HintInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.kpi_conversion_hint(inputs)
	return __fr.kpi_conversion_hint(inputs)
});
/**
* | output |
* | --- |
* | "of which {share} estimated (imputed or corrected)" |
*
* @param {Kpi_EstimatedInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const kpi_estimated = /** @type {((inputs: Kpi_EstimatedInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Kpi_EstimatedInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.kpi_estimated(inputs)
	return __fr.kpi_estimated(inputs)
});
/**
* | output |
* | --- |
* | "Footfall" |
*
* @param {Kpi_FootfallInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const kpi_footfall = /** @type {((inputs?: Kpi_FootfallInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Kpi_FootfallInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.kpi_footfall(inputs)
	return __fr.kpi_footfall(inputs)
});
/**
* | output |
* | --- |
* | "visitors counted at the doors" |
*
* @param {Kpi_Footfall_HintInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const kpi_footfall_hint = /** @type {((inputs?: Kpi_Footfall_HintInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Kpi_Footfall_HintInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.kpi_footfall_hint(inputs)
	return __fr.kpi_footfall_hint(inputs)
});
/**
* | output |
* | --- |
* | "visitors at sensors {sensors}" |
*
* @param {Kpi_Footfall_Subset_HintInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const kpi_footfall_subset_hint = /** @type {((inputs: Kpi_Footfall_Subset_HintInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Kpi_Footfall_Subset_HintInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.kpi_footfall_subset_hint(inputs)
	return __fr.kpi_footfall_subset_hint(inputs)
});
/**
* | output |
* | --- |
* | "Data quality" |
*
* @param {Kpi_QualityInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const kpi_quality = /** @type {((inputs?: Kpi_QualityInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Kpi_QualityInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.kpi_quality(inputs)
	return __fr.kpi_quality(inputs)
});
/**
* | output |
* | --- |
* | "Revenue" |
*
* @param {Kpi_RevenueInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const kpi_revenue = /** @type {((inputs?: Kpi_RevenueInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Kpi_RevenueInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.kpi_revenue(inputs)
	return __fr.kpi_revenue(inputs)
});
/**
* | output |
* | --- |
* | "till sales" |
*
* @param {Kpi_Revenue_HintInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const kpi_revenue_hint = /** @type {((inputs?: Kpi_Revenue_HintInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Kpi_Revenue_HintInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.kpi_revenue_hint(inputs)
	return __fr.kpi_revenue_hint(inputs)
});
/**
* | output |
* | --- |
* | "Sales per visitor" |
*
* @param {Kpi_SpvInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const kpi_spv = /** @type {((inputs?: Kpi_SpvInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Kpi_SpvInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.kpi_spv(inputs)
	return __fr.kpi_spv(inputs)
});
/**
* | output |
* | --- |
* | "revenue per visitor" |
*
* @param {Kpi_Spv_HintInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const kpi_spv_hint = /** @type {((inputs?: Kpi_Spv_HintInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Kpi_Spv_HintInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.kpi_spv_hint(inputs)
	return __fr.kpi_spv_hint(inputs)
});
/**
* | output |
* | --- |
* | "over the store's {visitors} visitors (all sensors)" |
*
* @param {Kpi_Store_Visitors_BasisInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const kpi_store_visitors_basis = /** @type {((inputs: Kpi_Store_Visitors_BasisInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Kpi_Store_Visitors_BasisInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.kpi_store_visitors_basis(inputs)
	return __fr.kpi_store_visitors_basis(inputs)
});
/**
* | output |
* | --- |
* | "Transactions" |
*
* @param {Kpi_TransactionsInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const kpi_transactions = /** @type {((inputs?: Kpi_TransactionsInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Kpi_TransactionsInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.kpi_transactions(inputs)
	return __fr.kpi_transactions(inputs)
});
/**
* | output |
* | --- |
* | "receipts at the tills" |
*
* @param {Kpi_Transactions_HintInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const kpi_transactions_hint = /** @type {((inputs?: Kpi_Transactions_HintInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Kpi_Transactions_HintInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.kpi_transactions_hint(inputs)
	return __fr.kpi_transactions_hint(inputs)
});
/**
* | output |
* | --- |
* | "Language" |
*
* @param {LanguageInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const language = /** @type {((inputs?: LanguageInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<LanguageInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.language(inputs)
	return __fr.language(inputs)
});
/**
* | output |
* | --- |
* | "Latest {dataset} hour loaded" |
*
* @param {Last_LoadInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const last_load = /** @type {((inputs: Last_LoadInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Last_LoadInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.last_load(inputs)
	return __fr.last_load(inputs)
});
/**
* | output |
* | --- |
* | "last load: hour of {hour}, ran {when}" |
*
* @param {Last_RunInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const last_run = /** @type {((inputs: Last_RunInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Last_RunInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.last_run(inputs)
	return __fr.last_run(inputs)
});
/**
* | output |
* | --- |
* | "Showing the latest complete day." |
*
* @param {Latest_Complete_NoteInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const latest_complete_note = /** @type {((inputs?: Latest_Complete_NoteInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Latest_Complete_NoteInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.latest_complete_note(inputs)
	return __fr.latest_complete_note(inputs)
});
/**
* | output |
* | --- |
* | "Latest hours not fully loaded" |
*
* @param {Latest_MissingInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const latest_missing = /** @type {((inputs?: Latest_MissingInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Latest_MissingInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.latest_missing(inputs)
	return __fr.latest_missing(inputs)
});
/**
* | output |
* | --- |
* | "Show the latest week instead" |
*
* @param {Latest_Week_InsteadInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const latest_week_instead = /** @type {((inputs?: Latest_Week_InsteadInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Latest_Week_InsteadInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.latest_week_instead(inputs)
	return __fr.latest_week_instead(inputs)
});
/**
* | output |
* | --- |
* | "Legend" |
*
* @param {LegendInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const legend = /** @type {((inputs?: LegendInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<LegendInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.legend(inputs)
	return __fr.legend(inputs)
});
/**
* | output |
* | --- |
* | "Estimated (imputed or corrected): {share}" |
*
* @param {Legend_EstimatedInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const legend_estimated = /** @type {((inputs: Legend_EstimatedInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Legend_EstimatedInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.legend_estimated(inputs)
	return __fr.legend_estimated(inputs)
});
/**
* | output |
* | --- |
* | "Footfall (visitors)" |
*
* @param {Legend_FootfallInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const legend_footfall = /** @type {((inputs?: Legend_FootfallInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Legend_FootfallInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.legend_footfall(inputs)
	return __fr.legend_footfall(inputs)
});
/**
* | output |
* | --- |
* | "Loading…" |
*
* @param {LoadingInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const loading = /** @type {((inputs?: LoadingInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<LoadingInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.loading(inputs)
	return __fr.loading(inputs)
});
/**
* | output |
* | --- |
* | "Chain" |
*
* @param {Nav_ChainInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const nav_chain = /** @type {((inputs?: Nav_ChainInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Nav_ChainInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.nav_chain(inputs)
	return __fr.nav_chain(inputs)
});
/**
* | output |
* | --- |
* | "Pipeline" |
*
* @param {Nav_PipelineInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const nav_pipeline = /** @type {((inputs?: Nav_PipelineInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Nav_PipelineInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.nav_pipeline(inputs)
	return __fr.nav_pipeline(inputs)
});
/**
* | output |
* | --- |
* | "Data quality" |
*
* @param {Nav_QualityInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const nav_quality = /** @type {((inputs?: Nav_QualityInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Nav_QualityInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.nav_quality(inputs)
	return __fr.nav_quality(inputs)
});
/**
* | output |
* | --- |
* | "Stores" |
*
* @param {Nav_StoresInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const nav_stores = /** @type {((inputs?: Nav_StoresInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Nav_StoresInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.nav_stores(inputs)
	return __fr.nav_stores(inputs)
});
/**
* | output |
* | --- |
* | "Views" |
*
* @param {Nav_ViewsInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const nav_views = /** @type {((inputs?: Nav_ViewsInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Nav_ViewsInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.nav_views(inputs)
	return __fr.nav_views(inputs)
});
/**
* | output |
* | --- |
* | "Never succeeded" |
*
* @param {Never_SucceededInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const never_succeeded = /** @type {((inputs?: Never_SucceededInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Never_SucceededInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.never_succeeded(inputs)
	return __fr.never_succeeded(inputs)
});
/**
* | output |
* | --- |
* | "no data" |
*
* @param {No_ComparisonInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const no_comparison = /** @type {((inputs?: No_ComparisonInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<No_ComparisonInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.no_comparison(inputs)
	return __fr.no_comparison(inputs)
});
/**
* | output |
* | --- |
* | "No data for this store and date yet — has the nightly transform run?" |
*
* @param {No_DataInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const no_data = /** @type {((inputs?: No_DataInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<No_DataInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.no_data(inputs)
	return __fr.no_data(inputs)
});
/**
* | output |
* | --- |
* | "Days appear here once they are built; the" |
*
* @param {No_Data_HintInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const no_data_hint = /** @type {((inputs?: No_Data_HintInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<No_Data_HintInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.no_data_hint(inputs)
	return __fr.no_data_hint(inputs)
});
/**
* | output |
* | --- |
* | "shows what has loaded." |
*
* @param {No_Data_Hint_EndInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const no_data_hint_end = /** @type {((inputs?: No_Data_Hint_EndInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<No_Data_Hint_EndInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.no_data_hint_end(inputs)
	return __fr.no_data_hint_end(inputs)
});
/**
* | output |
* | --- |
* | "No hour-by-hour figures for this day." |
*
* @param {No_HourlyInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const no_hourly = /** @type {((inputs?: No_HourlyInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<No_HourlyInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.no_hourly(inputs)
	return __fr.no_hourly(inputs)
});
/**
* | output |
* | --- |
* | "No hour-by-hour figures in this range." |
*
* @param {No_Hours_In_RangeInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const no_hours_in_range = /** @type {((inputs?: No_Hours_In_RangeInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<No_Hours_In_RangeInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.no_hours_in_range(inputs)
	return __fr.no_hours_in_range(inputs)
});
/**
* | output |
* | --- |
* | "No sensor readings for these sensors, dates and hours." |
*
* @param {No_Sensor_ReadingsInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const no_sensor_readings = /** @type {((inputs?: No_Sensor_ReadingsInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<No_Sensor_ReadingsInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.no_sensor_readings(inputs)
	return __fr.no_sensor_readings(inputs)
});
/**
* | output |
* | --- |
* | "of the last {hours} hours" |
*
* @param {Of_Last_HoursInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const of_last_hours = /** @type {((inputs: Of_Last_HoursInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Of_Last_HoursInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.of_last_hours(inputs)
	return __fr.of_last_hours(inputs)
});
/**
* | output |
* | --- |
* | "The warehouse database cannot be read, so no figures can be shown. Check that it is running, that DATABASE_URL points to it and that migrations have run, the..." |
*
* @param {OutageInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const outage = /** @type {((inputs?: OutageInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<OutageInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.outage(inputs)
	return __fr.outage(inputs)
});
/**
* | output |
* | --- |
* | "No loads recorded yet." |
*
* @param {Pipeline_NoneInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const pipeline_none = /** @type {((inputs?: Pipeline_NoneInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pipeline_NoneInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.pipeline_none(inputs)
	return __fr.pipeline_none(inputs)
});
/**
* | output |
* | --- |
* | "pipeline page" |
*
* @param {Pipeline_PageInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const pipeline_page = /** @type {((inputs?: Pipeline_PageInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pipeline_PageInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.pipeline_page(inputs)
	return __fr.pipeline_page(inputs)
});
/**
* | output |
* | --- |
* | "all stores, times in UTC" |
*
* @param {Pipeline_ScopeInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const pipeline_scope = /** @type {((inputs?: Pipeline_ScopeInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pipeline_ScopeInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.pipeline_scope(inputs)
	return __fr.pipeline_scope(inputs)
});
/**
* | output |
* | --- |
* | "Pipeline" |
*
* @param {Pipeline_TitleInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const pipeline_title = /** @type {((inputs?: Pipeline_TitleInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pipeline_TitleInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.pipeline_title(inputs)
	return __fr.pipeline_title(inputs)
});
/**
* | output |
* | --- |
* | "Complete" |
*
* @param {Quality_CompleteInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const quality_complete = /** @type {((inputs?: Quality_CompleteInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Quality_CompleteInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.quality_complete(inputs)
	return __fr.quality_complete(inputs)
});
/**
* | output |
* | --- |
* | "Choose the period and store" |
*
* @param {Quality_FiltersInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const quality_filters = /** @type {((inputs?: Quality_FiltersInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Quality_FiltersInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.quality_filters(inputs)
	return __fr.quality_filters(inputs)
});
/**
* | output |
* | --- |
* | "No complete day in the warehouse yet: once the nightly build has run, the sensors' figures appear here." |
*
* @param {Quality_No_DayInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const quality_no_day = /** @type {((inputs?: Quality_No_DayInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Quality_No_DayInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.quality_no_day(inputs)
	return __fr.quality_no_day(inputs)
});
/**
* | output |
* | --- |
* | "No sensor readings in this period." |
*
* @param {Quality_No_ReadingsInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const quality_no_readings = /** @type {((inputs?: Quality_No_ReadingsInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Quality_No_ReadingsInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.quality_no_readings(inputs)
	return __fr.quality_no_readings(inputs)
});
/**
* | output |
* | --- |
* | "{from} to {to}. Shares of each sensor's hours (23 to 25 a day), read from the cleaned tables: readings received, missing, outliers, dead, drifting, and hours..." |
*
* @param {Quality_NoteInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const quality_note = /** @type {((inputs: Quality_NoteInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Quality_NoteInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.quality_note(inputs)
	return __fr.quality_note(inputs)
});
/**
* | output |
* | --- |
* | "Partial" |
*
* @param {Quality_PartialInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const quality_partial = /** @type {((inputs?: Quality_PartialInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Quality_PartialInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.quality_partial(inputs)
	return __fr.quality_partial(inputs)
});
/**
* | output |
* | --- |
* | "The {shown} worst of {total} sensors." |
*
* @param {Quality_ShownInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const quality_shown = /** @type {((inputs: Quality_ShownInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Quality_ShownInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.quality_shown(inputs)
	return __fr.quality_shown(inputs)
});
/**
* | output |
* | --- |
* | "Data quality per sensor" |
*
* @param {Quality_TitleInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const quality_title = /** @type {((inputs?: Quality_TitleInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Quality_TitleInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.quality_title(inputs)
	return __fr.quality_title(inputs)
});
/**
* | output |
* | --- |
* | "Sensors, worst first" |
*
* @param {Quality_WorstInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const quality_worst = /** @type {((inputs?: Quality_WorstInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Quality_WorstInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.quality_worst(inputs)
	return __fr.quality_worst(inputs)
});
/**
* | output |
* | --- |
* | "{store} — {from} to {to}" |
*
* @param {Range_HeadingInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const range_heading = /** @type {((inputs: Range_HeadingInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Range_HeadingInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.range_heading(inputs)
	return __fr.range_heading(inputs)
});
/**
* | output |
* | --- |
* | "Show every store" |
*
* @param {Ranking_Show_AllInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const ranking_show_all = /** @type {((inputs?: Ranking_Show_AllInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Ranking_Show_AllInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.ranking_show_all(inputs)
	return __fr.ranking_show_all(inputs)
});
/**
* | output |
* | --- |
* | "The first {shown} of {total} stores, in this order." |
*
* @param {Ranking_ShownInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const ranking_shown = /** @type {((inputs: Ranking_ShownInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Ranking_ShownInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.ranking_shown(inputs)
	return __fr.ranking_shown(inputs)
});
/**
* | output |
* | --- |
* | "Replay an hour with" |
*
* @param {Replay_HintInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const replay_hint = /** @type {((inputs?: Replay_HintInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Replay_HintInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.replay_hint(inputs)
	return __fr.replay_hint(inputs)
});
/**
* | output |
* | --- |
* | "run in Temporal" |
*
* @param {Run_In_TemporalInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const run_in_temporal = /** @type {((inputs?: Run_In_TemporalInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Run_In_TemporalInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.run_in_temporal(inputs)
	return __fr.run_in_temporal(inputs)
});
/**
* | output |
* | --- |
* | "See the latest day with data" |
*
* @param {See_LatestInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const see_latest = /** @type {((inputs?: See_LatestInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<See_LatestInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.see_latest(inputs)
	return __fr.see_latest(inputs)
});
/**
* | output |
* | --- |
* | "Sensor {id}" |
*
* @param {Sensor_NInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const sensor_n = /** @type {((inputs: Sensor_NInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Sensor_NInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.sensor_n(inputs)
	return __fr.sensor_n(inputs)
});
/**
* | output |
* | --- |
* | "Sensors {sensors} only: footfall, the per-sensor chart and the footfall heatmap count their visitors alone. Transactions, revenue, average basket, conversion..." |
*
* @param {Sensor_Subset_NoteInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const sensor_subset_note = /** @type {((inputs: Sensor_Subset_NoteInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Sensor_Subset_NoteInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.sensor_subset_note(inputs)
	return __fr.sensor_subset_note(inputs)
});
/**
* | output |
* | --- |
* | "Show" |
*
* @param {ShowInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const show = /** @type {((inputs?: ShowInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<ShowInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.show(inputs)
	return __fr.show(inputs)
});
/**
* | output |
* | --- |
* | "Show the latest complete day instead" |
*
* @param {Show_Latest_InsteadInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const show_latest_instead = /** @type {((inputs?: Show_Latest_InsteadInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Show_Latest_InsteadInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.show_latest_instead(inputs)
	return __fr.show_latest_instead(inputs)
});
/**
* | output |
* | --- |
* | "Show the figures as a table" |
*
* @param {Show_TableInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const show_table = /** @type {((inputs?: Show_TableInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Show_TableInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.show_table(inputs)
	return __fr.show_table(inputs)
});
/**
* | output |
* | --- |
* | "{day} {hour}: {staff} staff for {visitors} visitors forecast" |
*
* @param {Staffing_CellInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const staffing_cell = /** @type {((inputs: Staffing_CellInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Staffing_CellInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.staffing_cell(inputs)
	return __fr.staffing_cell(inputs)
});
/**
* | output |
* | --- |
* | "Forecast and staff, hour by hour" |
*
* @param {Staffing_Hours_RegionInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const staffing_hours_region = /** @type {((inputs?: Staffing_Hours_RegionInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Staffing_Hours_RegionInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.staffing_hours_region(inputs)
	return __fr.staffing_hours_region(inputs)
});
/**
* | output |
* | --- |
* | "Staff needed each open hour at {ratio} visitors per member of staff, never below the minimum while open; a dash when closed." |
*
* @param {Staffing_NoteInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const staffing_note = /** @type {((inputs: Staffing_NoteInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Staffing_NoteInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.staffing_note(inputs)
	return __fr.staffing_note(inputs)
});
/**
* | output |
* | --- |
* | "Staffing plan per hour" |
*
* @param {Staffing_TitleInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const staffing_title = /** @type {((inputs?: Staffing_TitleInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Staffing_TitleInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.staffing_title(inputs)
	return __fr.staffing_title(inputs)
});
/**
* | output |
* | --- |
* | "is still being loaded." |
*
* @param {Still_LoadingInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const still_loading = /** @type {((inputs?: Still_LoadingInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Still_LoadingInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.still_loading(inputs)
	return __fr.still_loading(inputs)
});
/**
* | output |
* | --- |
* | "Store dashboard" |
*
* @param {Store_DashboardInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const store_dashboard = /** @type {((inputs?: Store_DashboardInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Store_DashboardInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.store_dashboard(inputs)
	return __fr.store_dashboard(inputs)
});
/**
* | output |
* | --- |
* | "{days}: day still under way, figures partial until the nightly build (03:00 local time, the next day)." |
*
* @param {Store_Days_Under_WayInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const store_days_under_way = /** @type {((inputs: Store_Days_Under_WayInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Store_Days_Under_WayInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.store_days_under_way(inputs)
	return __fr.store_days_under_way(inputs)
});
/**
* | output |
* | --- |
* | "Data tests failed for {count} day(s) of this period: {days}. Their figures are not published as reliable." |
*
* @param {Store_Failed_DaysInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const store_failed_days = /** @type {((inputs: Store_Failed_DaysInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Store_Failed_DaysInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.store_failed_days(inputs)
	return __fr.store_failed_days(inputs)
});
/**
* | output |
* | --- |
* | "See which tests" |
*
* @param {Store_Failed_Days_LinkInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const store_failed_days_link = /** @type {((inputs?: Store_Failed_Days_LinkInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Store_Failed_Days_LinkInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.store_failed_days_link(inputs)
	return __fr.store_failed_days_link(inputs)
});
/**
* | output |
* | --- |
* | "Store ranking" |
*
* @param {Store_RankingInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const store_ranking = /** @type {((inputs?: Store_RankingInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Store_RankingInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.store_ranking(inputs)
	return __fr.store_ranking(inputs)
});
/**
* | output |
* | --- |
* | "Stores" |
*
* @param {StoresInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const stores = /** @type {((inputs?: StoresInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<StoresInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.stores(inputs)
	return __fr.stores(inputs)
});
/**
* | output |
* | --- |
* | "Store footfall and sales, day by day" |
*
* @param {TaglineInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const tagline = /** @type {((inputs?: TaglineInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<TaglineInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.tagline(inputs)
	return __fr.tagline(inputs)
});
/**
* | output |
* | --- |
* | "Daily footfall of {store}" |
*
* @param {Trend_OfInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const trend_of = /** @type {((inputs: Trend_OfInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Trend_OfInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.trend_of(inputs)
	return __fr.trend_of(inputs)
});
/**
* | output |
* | --- |
* | "vs last year: {change}" |
*
* @param {Vs_Last_YearInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const vs_last_year = /** @type {((inputs: Vs_Last_YearInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Vs_Last_YearInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.vs_last_year(inputs)
	return __fr.vs_last_year(inputs)
});
/**
* | output |
* | --- |
* | "vs previous period: {change}" |
*
* @param {Vs_PreviousInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const vs_previous = /** @type {((inputs: Vs_PreviousInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Vs_PreviousInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.vs_previous(inputs)
	return __fr.vs_previous(inputs)
});
/**
* | output |
* | --- |
* | "{from} to {to}" |
*
* @param {Window_RangeInputs} inputs
* @param {{ locale?: "fr" | "en" }} options
* @returns {LocalizedString}
*/
export const window_range = /** @type {((inputs: Window_RangeInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Window_RangeInputs, { locale?: "fr" | "en" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "en") return __en.window_range(inputs)
	return __fr.window_range(inputs)
});