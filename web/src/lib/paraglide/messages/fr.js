/* eslint-disable */
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
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
/** @typedef {{}} Col_BasketInputs */
/** @typedef {{}} Col_ConversionInputs */
/** @typedef {{}} Col_CountedInputs */
/** @typedef {{}} Col_DayInputs */
/** @typedef {{}} Col_ForecastInputs */
/** @typedef {{}} Col_HourInputs */
/** @typedef {{}} Col_Hour_StoreInputs */
/** @typedef {{}} Col_HoursInputs */
/** @typedef {{}} Col_MissingInputs */
/** @typedef {{}} Col_P10Inputs */
/** @typedef {{}} Col_P90Inputs */
/** @typedef {{}} Col_ReceivedInputs */
/** @typedef {{}} Col_RevenueInputs */
/** @typedef {{}} Col_SensorInputs */
/** @typedef {{}} Col_StaffInputs */
/** @typedef {{}} Col_Starts_AtInputs */
/** @typedef {{}} Col_StoreInputs */
/** @typedef {{}} Col_TransactionsInputs */
/** @typedef {{}} Col_TrendInputs */
/** @typedef {{}} Col_VisitorsInputs */
/** @typedef {{}} Col_Vs_PreviousInputs */
/** @typedef {{}} Col_WhenInputs */
/** @typedef {{}} Col_ZeroInputs */
/** @typedef {{}} Colon_EndInputs */
/** @typedef {{}} Dataset_TransactionsInputs */
/** @typedef {{}} Dataset_VisitorsInputs */
/** @typedef {{}} Download_CsvInputs */
/** @typedef {{}} Error_BugInputs */
/** @typedef {{}} Error_Outage_TitleInputs */
/** @typedef {{}} Error_TitleInputs */
/** @typedef {{}} Error_UnavailableInputs */
/** @typedef {{ dataset: NonNullable<unknown>, hour: NonNullable<unknown> }} Failure_WhatInputs */
/** @typedef {{ what: NonNullable<unknown>, shown: NonNullable<unknown> }} Failures_LatestInputs */
/** @typedef {{ count: NonNullable<unknown> }} Failures_ManyInputs */
/** @typedef {{ count: NonNullable<unknown> }} Failures_OneInputs */
/** @typedef {{}} Filter_FromInputs */
/** @typedef {{}} Filter_Hour_FromInputs */
/** @typedef {{}} Filter_Hour_ToInputs */
/** @typedef {{}} Filter_SensorsInputs */
/** @typedef {{}} Filter_Sensors_HintInputs */
/** @typedef {{}} Filter_StoreInputs */
/** @typedef {{}} Filter_ToInputs */
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
/** @typedef {{ hour: NonNullable<unknown> }} Hour_OfInputs */
/** @typedef {{}} Hours_Not_LoadedInputs */
/** @typedef {{ from: NonNullable<unknown>, to: NonNullable<unknown> }} Hours_OnlyInputs */
/** @typedef {{}} Kpi_Active_SensorsInputs */
/** @typedef {{}} Kpi_Active_Sensors_HintInputs */
/** @typedef {{}} Kpi_BasketInputs */
/** @typedef {{}} Kpi_Basket_HintInputs */
/** @typedef {{}} Kpi_ConversionInputs */
/** @typedef {{}} Kpi_Conversion_HintInputs */
/** @typedef {{}} Kpi_FootfallInputs */
/** @typedef {{}} Kpi_Footfall_HintInputs */
/** @typedef {{}} Kpi_QualityInputs */
/** @typedef {{}} Kpi_RevenueInputs */
/** @typedef {{}} Kpi_Revenue_HintInputs */
/** @typedef {{}} Kpi_SpvInputs */
/** @typedef {{}} Kpi_Spv_HintInputs */
/** @typedef {{}} Kpi_TransactionsInputs */
/** @typedef {{}} Kpi_Transactions_HintInputs */
/** @typedef {{}} LanguageInputs */
/** @typedef {{ dataset: NonNullable<unknown> }} Last_LoadInputs */
/** @typedef {{}} Latest_Complete_NoteInputs */
/** @typedef {{}} Latest_MissingInputs */
/** @typedef {{}} Latest_Week_InsteadInputs */
/** @typedef {{}} LegendInputs */
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
/** @typedef {{}} No_Such_StoreInputs */
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
/** @typedef {{ when: NonNullable<unknown> }} Ran_AtInputs */
/** @typedef {{ store: NonNullable<unknown>, from: NonNullable<unknown>, to: NonNullable<unknown> }} Range_HeadingInputs */
/** @typedef {{}} Replay_HintInputs */
/** @typedef {{}} Run_In_TemporalInputs */
/** @typedef {{}} See_LatestInputs */
/** @typedef {{ store: NonNullable<unknown> }} See_StoreInputs */
/** @typedef {{ id: NonNullable<unknown> }} Sensor_NInputs */
/** @typedef {{}} ShowInputs */
/** @typedef {{}} Show_Latest_InsteadInputs */
/** @typedef {{}} Show_TableInputs */
/** @typedef {{ day: NonNullable<unknown>, hour: NonNullable<unknown>, staff: NonNullable<unknown>, visitors: NonNullable<unknown> }} Staffing_CellInputs */
/** @typedef {{ ratio: NonNullable<unknown> }} Staffing_NoteInputs */
/** @typedef {{}} Staffing_TitleInputs */
/** @typedef {{}} Still_LoadingInputs */
/** @typedef {{}} Store_DashboardInputs */
/** @typedef {{}} Store_RankingInputs */
/** @typedef {{}} StoresInputs */
/** @typedef {{}} TaglineInputs */
/** @typedef {{ store: NonNullable<unknown> }} Trend_OfInputs */
/** @typedef {{ change: NonNullable<unknown> }} Vs_Last_YearInputs */
/** @typedef {{ change: NonNullable<unknown> }} Vs_PreviousInputs */
/** @typedef {{ from: NonNullable<unknown>, to: NonNullable<unknown> }} Window_RangeInputs */


export const all_stores = /** @type {(inputs: All_StoresInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tous les magasins`)
};

export const chain_no_data_hint = /** @type {(inputs: Chain_No_Data_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Les chiffres apparaissent une fois un jour construit ; la page`)
};

export const chain_note = /** @type {(inputs: Chain_NoteInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Du ${i?.from} au ${i?.to}, comparé à la période du ${i?.pfrom} au ${i?.pto} et aux mêmes jours de semaine un an plus tôt (${i?.yfrom} au ${i?.yto}).`)
};

export const chain_period_label = /** @type {(inputs: Chain_Period_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Choisir la période`)
};

export const chain_title = /** @type {(inputs: Chain_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vue d'ensemble de la chaîne`)
};

export const chart_conversion_day = /** @type {(inputs: Chart_Conversion_DayInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Taux de transformation par jour`)
};

export const chart_conversion_hour = /** @type {(inputs: Chart_Conversion_HourInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Taux de transformation par heure de la journée (heure du magasin)`)
};

export const chart_daily_title = /** @type {(inputs: Chart_Daily_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Fréquentation et transactions par jour, du ${i?.from} au ${i?.to}`)
};

export const chart_heat_conversion = /** @type {(inputs: Chart_Heat_ConversionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Transformation par jour de semaine et heure`)
};

export const chart_heat_visitors = /** @type {(inputs: Chart_Heat_VisitorsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fréquentation par jour de semaine et heure (moyenne par jour)`)
};

export const chart_hourly_title = /** @type {(inputs: Chart_Hourly_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Heure par heure, ${i?.day} (heure du magasin)`)
};

export const chart_revenue_daily = /** @type {(inputs: Chart_Revenue_DailyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Chiffre d'affaires, jour par jour`)
};

export const chart_revenue_hourly = /** @type {(inputs: Chart_Revenue_HourlyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Chiffre d'affaires, heure par heure`)
};

export const chart_sensors_daily = /** @type {(inputs: Chart_Sensors_DailyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Visiteurs par capteur, jour par jour`)
};

export const chart_sensors_hourly = /** @type {(inputs: Chart_Sensors_HourlyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Visiteurs par capteur, heure par heure`)
};

export const col_basket = /** @type {(inputs: Col_BasketInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Panier moyen`)
};

export const col_conversion = /** @type {(inputs: Col_ConversionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Transformation`)
};

export const col_counted = /** @type {(inputs: Col_CountedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Comptés`)
};

export const col_day = /** @type {(inputs: Col_DayInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Jour`)
};

export const col_forecast = /** @type {(inputs: Col_ForecastInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Prévision`)
};

export const col_hour = /** @type {(inputs: Col_HourInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Heure`)
};

export const col_hour_store = /** @type {(inputs: Col_Hour_StoreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Heure (magasin)`)
};

export const col_hours = /** @type {(inputs: Col_HoursInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Heures`)
};

export const col_missing = /** @type {(inputs: Col_MissingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Manquants`)
};

export const col_p10 = /** @type {(inputs: Col_P10Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bas (p10)`)
};

export const col_p90 = /** @type {(inputs: Col_P90Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Haut (p90)`)
};

export const col_received = /** @type {(inputs: Col_ReceivedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Reçus`)
};

export const col_revenue = /** @type {(inputs: Col_RevenueInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Chiffre d'affaires`)
};

export const col_sensor = /** @type {(inputs: Col_SensorInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Capteur`)
};

export const col_staff = /** @type {(inputs: Col_StaffInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Personnel`)
};

export const col_starts_at = /** @type {(inputs: Col_Starts_AtInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Commence à`)
};

export const col_store = /** @type {(inputs: Col_StoreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Magasin`)
};

export const col_transactions = /** @type {(inputs: Col_TransactionsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Transactions`)
};

export const col_trend = /** @type {(inputs: Col_TrendInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tendance`)
};

export const col_visitors = /** @type {(inputs: Col_VisitorsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Visiteurs`)
};

export const col_vs_previous = /** @type {(inputs: Col_Vs_PreviousInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`vs précédente`)
};

export const col_when = /** @type {(inputs: Col_WhenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Quand`)
};

export const col_zero = /** @type {(inputs: Col_ZeroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Relevés à zéro`)
};

export const colon_end = /** @type {(inputs: Colon_EndInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (` :`)
};

export const dataset_transactions = /** @type {(inputs: Dataset_TransactionsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Transactions`)
};

export const dataset_visitors = /** @type {(inputs: Dataset_VisitorsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Visiteurs`)
};

export const download_csv = /** @type {(inputs: Download_CsvInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Télécharger en CSV`)
};

export const error_bug = /** @type {(inputs: Error_BugInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Une erreur interne a empêché d'afficher cette page ; elle est consignée dans le journal du serveur. Réessayez ou revenez au tableau de bord.`)
};

export const error_outage_title = /** @type {(inputs: Error_Outage_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Le tableau de bord ne peut pas charger ses données`)
};

export const error_title = /** @type {(inputs: Error_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Une erreur s'est produite`)
};

export const error_unavailable = /** @type {(inputs: Error_UnavailableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tableau de bord indisponible`)
};

export const failure_what = /** @type {(inputs: Failure_WhatInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.dataset}, heure de ${i?.hour}`)
};

export const failures_latest = /** @type {(inputs: Failures_LatestInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.what}, les ${i?.shown} derniers :`)
};

export const failures_many = /** @type {(inputs: Failures_ManyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} chargements en échec sans nouvelle tentative réussie`)
};

export const failures_one = /** @type {(inputs: Failures_OneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} chargement en échec sans nouvelle tentative réussie`)
};

export const filter_from = /** @type {(inputs: Filter_FromInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Du`)
};

export const filter_hour_from = /** @type {(inputs: Filter_Hour_FromInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`De l'heure`)
};

export const filter_hour_to = /** @type {(inputs: Filter_Hour_ToInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`À l'heure`)
};

export const filter_sensors = /** @type {(inputs: Filter_SensorsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Capteurs`)
};

export const filter_sensors_hint = /** @type {(inputs: Filter_Sensors_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(aucun coché : tous)`)
};

export const filter_store = /** @type {(inputs: Filter_StoreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Magasin`)
};

export const filter_to = /** @type {(inputs: Filter_ToInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Au`)
};

export const filters_store_label = /** @type {(inputs: Filters_Store_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Choisir un magasin, des capteurs, des dates et des heures`)
};

export const forecast_day = /** @type {(inputs: Forecast_DayInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.day} : prévision ${i?.forecast} (intervalle à 80 % de ${i?.p10} à ${i?.p90}), comptés ${i?.actual}`)
};

export const forecast_day_past = /** @type {(inputs: Forecast_Day_PastInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.day} : comptés ${i?.actual}`)
};

export const forecast_legend_actual = /** @type {(inputs: Forecast_Legend_ActualInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Visiteurs comptés`)
};

export const forecast_legend_forecast = /** @type {(inputs: Forecast_Legend_ForecastInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Prévision`)
};

export const forecast_legend_interval = /** @type {(inputs: Forecast_Legend_IntervalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Intervalle à 80 % (p10–p90)`)
};

export const forecast_made = /** @type {(inputs: Forecast_MadeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Prévision calculée dans la nuit suivant le ${i?.origin} (modèle ${i?.model}).`)
};

export const forecast_none = /** @type {(inputs: Forecast_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pas encore de prévision : elle est calculée chaque nuit une fois la journée construite.`)
};

export const forecast_title = /** @type {(inputs: Forecast_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Prévision des 7 prochains jours`)
};

export const go_dashboard = /** @type {(inputs: Go_DashboardInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Aller au tableau de bord`)
};

export const heat_cell = /** @type {(inputs: Heat_CellInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.weekday} ${i?.hour} : ${i?.visitors} visiteurs par jour, ${i?.conversion} de transformation, sur ${i?.days} jour(s)`)
};

export const heat_is_table = /** @type {(inputs: Heat_Is_TableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`La carte ci-dessus est elle-même un tableau.`)
};

export const hour_of = /** @type {(inputs: Hour_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`heure de ${i?.hour}`)
};

export const hours_not_loaded = /** @type {(inputs: Hours_Not_LoadedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Heures pas entièrement chargées`)
};

export const hours_only = /** @type {(inputs: Hours_OnlyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Heures locales du magasin de ${i?.from} à ${i?.to} seulement.`)
};

export const kpi_active_sensors = /** @type {(inputs: Kpi_Active_SensorsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Capteurs actifs`)
};

export const kpi_active_sensors_hint = /** @type {(inputs: Kpi_Active_Sensors_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`avec des relevés`)
};

export const kpi_basket = /** @type {(inputs: Kpi_BasketInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Panier moyen`)
};

export const kpi_basket_hint = /** @type {(inputs: Kpi_Basket_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`chiffre d'affaires par transaction`)
};

export const kpi_conversion = /** @type {(inputs: Kpi_ConversionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Taux de transformation`)
};

export const kpi_conversion_hint = /** @type {(inputs: Kpi_Conversion_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`transactions par visiteur`)
};

export const kpi_footfall = /** @type {(inputs: Kpi_FootfallInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fréquentation`)
};

export const kpi_footfall_hint = /** @type {(inputs: Kpi_Footfall_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`visiteurs comptés aux portes`)
};

export const kpi_quality = /** @type {(inputs: Kpi_QualityInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Qualité des données`)
};

export const kpi_revenue = /** @type {(inputs: Kpi_RevenueInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Chiffre d'affaires`)
};

export const kpi_revenue_hint = /** @type {(inputs: Kpi_Revenue_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ventes en caisse`)
};

export const kpi_spv = /** @type {(inputs: Kpi_SpvInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ventes par visiteur`)
};

export const kpi_spv_hint = /** @type {(inputs: Kpi_Spv_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`chiffre d'affaires par visiteur`)
};

export const kpi_transactions = /** @type {(inputs: Kpi_TransactionsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Transactions`)
};

export const kpi_transactions_hint = /** @type {(inputs: Kpi_Transactions_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`tickets de caisse`)
};

export const language = /** @type {(inputs: LanguageInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Langue`)
};

export const last_load = /** @type {(inputs: Last_LoadInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Dernier chargement ${i?.dataset}`)
};

export const latest_complete_note = /** @type {(inputs: Latest_Complete_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Affichage du dernier jour complet.`)
};

export const latest_missing = /** @type {(inputs: Latest_MissingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dernières heures pas entièrement chargées`)
};

export const latest_week_instead = /** @type {(inputs: Latest_Week_InsteadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Afficher plutôt la dernière semaine`)
};

export const legend = /** @type {(inputs: LegendInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Légende`)
};

export const legend_footfall = /** @type {(inputs: Legend_FootfallInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fréquentation (visiteurs)`)
};

export const loading = /** @type {(inputs: LoadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Chargement…`)
};

export const nav_chain = /** @type {(inputs: Nav_ChainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Chaîne`)
};

export const nav_pipeline = /** @type {(inputs: Nav_PipelineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pipeline`)
};

export const nav_quality = /** @type {(inputs: Nav_QualityInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Qualité des données`)
};

export const nav_stores = /** @type {(inputs: Nav_StoresInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Magasins`)
};

export const nav_views = /** @type {(inputs: Nav_ViewsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vues`)
};

export const never_succeeded = /** @type {(inputs: Never_SucceededInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Jamais réussi`)
};

export const no_comparison = /** @type {(inputs: No_ComparisonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`pas de données`)
};

export const no_data = /** @type {(inputs: No_DataInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pas encore de données pour ce magasin à cette date — le calcul de nuit a-t-il tourné ?`)
};

export const no_data_hint = /** @type {(inputs: No_Data_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Les jours apparaissent ici une fois construits ; la page`)
};

export const no_data_hint_end = /** @type {(inputs: No_Data_Hint_EndInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`montre ce qui est chargé.`)
};

export const no_hourly = /** @type {(inputs: No_HourlyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pas de chiffres heure par heure pour ce jour.`)
};

export const no_hours_in_range = /** @type {(inputs: No_Hours_In_RangeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pas de chiffres heure par heure sur cette période.`)
};

export const no_sensor_readings = /** @type {(inputs: No_Sensor_ReadingsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Aucun relevé pour ces capteurs, dates et heures.`)
};

export const no_such_store = /** @type {(inputs: No_Such_StoreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ce magasin n'existe pas.`)
};

export const of_last_hours = /** @type {(inputs: Of_Last_HoursInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`sur les ${i?.hours} dernières heures`)
};

export const outage = /** @type {(inputs: OutageInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`L'entrepôt de données est illisible, aucun chiffre ne peut être affiché. Vérifiez qu'il tourne, que DATABASE_URL le désigne et que les migrations ont été passées, puis rechargez la page.`)
};

export const pipeline_none = /** @type {(inputs: Pipeline_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Aucun chargement enregistré pour l'instant.`)
};

export const pipeline_page = /** @type {(inputs: Pipeline_PageInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`pipeline`)
};

export const pipeline_scope = /** @type {(inputs: Pipeline_ScopeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`tous les magasins, heures en UTC`)
};

export const pipeline_title = /** @type {(inputs: Pipeline_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pipeline`)
};

export const quality_complete = /** @type {(inputs: Quality_CompleteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Complète`)
};

export const quality_filters = /** @type {(inputs: Quality_FiltersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Choisir la période et le magasin`)
};

export const quality_no_day = /** @type {(inputs: Quality_No_DayInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Aucun jour complet dans l'entrepôt : les chiffres des capteurs apparaîtront après le calcul de nuit.`)
};

export const quality_no_readings = /** @type {(inputs: Quality_No_ReadingsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Aucun relevé de capteur sur cette période.`)
};

export const quality_note = /** @type {(inputs: Quality_NoteInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Du ${i?.from} au ${i?.to}. Lu dans les relevés bruts : les parts aberrantes, mortes, en dérive et imputées apparaîtront quand les tables de capteurs nettoyées seront construites.`)
};

export const quality_partial = /** @type {(inputs: Quality_PartialInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Partielle`)
};

export const quality_shown = /** @type {(inputs: Quality_ShownInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Les ${i?.shown} pires sur ${i?.total} capteurs.`)
};

export const quality_title = /** @type {(inputs: Quality_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Qualité des données par capteur`)
};

export const quality_worst = /** @type {(inputs: Quality_WorstInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Capteurs, les pires d'abord`)
};

export const ran_at = /** @type {(inputs: Ran_AtInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`exécuté le ${i?.when}`)
};

export const range_heading = /** @type {(inputs: Range_HeadingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.store} — du ${i?.from} au ${i?.to}`)
};

export const replay_hint = /** @type {(inputs: Replay_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Relancer une heure avec`)
};

export const run_in_temporal = /** @type {(inputs: Run_In_TemporalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`exécution dans Temporal`)
};

export const see_latest = /** @type {(inputs: See_LatestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Voir le dernier jour avec des données`)
};

export const see_store = /** @type {(inputs: See_StoreInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Voir ${i?.store}`)
};

export const sensor_n = /** @type {(inputs: Sensor_NInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Capteur ${i?.id}`)
};

export const show = /** @type {(inputs: ShowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Afficher`)
};

export const show_latest_instead = /** @type {(inputs: Show_Latest_InsteadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Afficher plutôt le dernier jour complet`)
};

export const show_table = /** @type {(inputs: Show_TableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Afficher les chiffres en tableau`)
};

export const staffing_cell = /** @type {(inputs: Staffing_CellInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.day} ${i?.hour} : ${i?.staff} personnes pour ${i?.visitors} visiteurs prévus`)
};

export const staffing_note = /** @type {(inputs: Staffing_NoteInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Personnel nécessaire à chaque heure d'ouverture à ${i?.ratio} visiteurs par personne, jamais sous le minimum pendant l'ouverture ; un tiret quand le magasin est fermé.`)
};

export const staffing_title = /** @type {(inputs: Staffing_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Plan de personnel par heure`)
};

export const still_loading = /** @type {(inputs: Still_LoadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`est encore en cours de chargement.`)
};

export const store_dashboard = /** @type {(inputs: Store_DashboardInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tableau de bord magasin`)
};

export const store_ranking = /** @type {(inputs: Store_RankingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Classement des magasins`)
};

export const stores = /** @type {(inputs: StoresInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Magasins`)
};

export const tagline = /** @type {(inputs: TaglineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fréquentation et ventes des magasins, jour par jour`)
};

export const trend_of = /** @type {(inputs: Trend_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Fréquentation quotidienne de ${i?.store}`)
};

export const vs_last_year = /** @type {(inputs: Vs_Last_YearInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`vs l'an dernier : ${i?.change}`)
};

export const vs_previous = /** @type {(inputs: Vs_PreviousInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`vs période précédente : ${i?.change}`)
};

export const window_range = /** @type {(inputs: Window_RangeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.from} à ${i?.to}`)
};