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
	return /** @type {LocalizedString} */ (`Hors service (quasi nul)`)
};

export const alert_kind_drifting = /** @type {(inputs: Alert_Kind_DriftingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dérive`)
};

export const alert_kind_silent = /** @type {(inputs: Alert_Kind_SilentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Muet (aucune mesure)`)
};

export const alert_kind_spiking = /** @type {(inputs: Alert_Kind_SpikingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pics aberrants`)
};

export const alert_notified_no = /** @type {(inputs: Alert_Notified_NoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`non envoyé`)
};

export const alert_notified_yes = /** @type {(inputs: Alert_Notified_YesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`envoyé`)
};

export const alerts_none = /** @type {(inputs: Alerts_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Aucune alerte capteur ouverte.`)
};

export const alerts_note = /** @type {(inputs: Alerts_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Heures de données en UTC. Une alerte s'ouvre après quelques heures d'ouverture consécutives du même défaut et se ferme d'elle-même dès que le capteur compte à nouveau.`)
};

export const alerts_per_store = /** @type {(inputs: Alerts_Per_StoreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Alertes capteurs ouvertes par magasin`)
};

export const alerts_per_store_none = /** @type {(inputs: Alerts_Per_Store_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Aucun magasin n’a d’alerte capteur ouverte.`)
};

export const alerts_shown = /** @type {(inputs: Alerts_ShownInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.shown} affichées sur ${i?.total}.`)
};

export const alerts_title = /** @type {(inputs: Alerts_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Alertes capteurs ouvertes`)
};

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

export const col_alert_kind = /** @type {(inputs: Col_Alert_KindInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Défaut`)
};

export const col_alert_notified = /** @type {(inputs: Col_Alert_NotifiedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Webhook`)
};

export const col_alert_raised = /** @type {(inputs: Col_Alert_RaisedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Levée à`)
};

export const col_alert_since = /** @type {(inputs: Col_Alert_SinceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Depuis`)
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

export const col_dead = /** @type {(inputs: Col_DeadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Morts`)
};

export const col_drift = /** @type {(inputs: Col_DriftInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`En dérive`)
};

export const col_estimated = /** @type {(inputs: Col_EstimatedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dont estimés`)
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

export const col_imputed = /** @type {(inputs: Col_ImputedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Imputés`)
};

export const col_missing = /** @type {(inputs: Col_MissingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Manquants`)
};

export const col_open_alerts = /** @type {(inputs: Col_Open_AlertsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Alertes ouvertes`)
};

export const col_outliers = /** @type {(inputs: Col_OutliersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Aberrants`)
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

export const col_tests = /** @type {(inputs: Col_TestsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tests échoués`)
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

export const colon_end = /** @type {(inputs: Colon_EndInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (` :`)
};

export const dataset_transactions = /** @type {(inputs: Dataset_TransactionsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Transactions`)
};

export const dataset_visitors = /** @type {(inputs: Dataset_VisitorsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Visiteurs`)
};

export const days_under_way_hint = /** @type {(inputs: Days_Under_Way_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Construits avant la fin de la journée dans au moins un des fuseaux horaires des magasins, il leur manque les heures pas encore passées. Le build nocturne de chaque fuseau (03:00 heure locale, le lendemain) les reconstruit : leurs chiffres sont partiels d'ici là.`)
};

export const days_under_way_title = /** @type {(inputs: Days_Under_Way_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Jours encore en cours`)
};

export const download_csv = /** @type {(inputs: Download_CsvInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Télécharger en CSV`)
};

export const error_bug = /** @type {(inputs: Error_BugInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Une erreur interne a empêché d'afficher cette page ; elle est consignée dans le journal du serveur. Réessayez ou revenez au tableau de bord.`)
};

export const error_no_dataset = /** @type {(inputs: Error_No_DatasetInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Pas de jeu de données « ${i?.dataset} » : choisissez parmi ${i?.choices}.`)
};

export const error_no_store = /** @type {(inputs: Error_No_StoreInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Il n'y a pas de magasin « ${i?.id} ».`)
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

export const estimated_point = /** @type {(inputs: Estimated_PointInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`dont ${i?.share} estimés (${i?.hours} h)`)
};

export const failed_day_unknown = /** @type {(inputs: Failed_Day_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`test non enregistré`)
};

export const failed_days_hint = /** @type {(inputs: Failed_Days_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Les chiffres de ces jours ne sont pas publiés comme fiables : ils seront recalculés quand la cause sera corrigée.`)
};

export const failed_days_none = /** @type {(inputs: Failed_Days_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tous les jours de la période ont passé leurs tests de données.`)
};

export const failed_days_none_ever = /** @type {(inputs: Failed_Days_None_EverInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Aucune journée construite n'a échoué à ses tests de données.`)
};

export const failed_days_title = /** @type {(inputs: Failed_Days_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Jours dont les tests de données ont échoué`)
};

export const failed_test = /** @type {(inputs: Failed_TestInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.test} (${i?.model}, ${i?.rows} lignes en défaut)`)
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

export const filter_hours_backwards = /** @type {(inputs: Filter_Hours_BackwardsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`La plage horaire commence (${i?.from}) après sa fin (${i?.to}).`)
};

export const filter_hours_whole = /** @type {(inputs: Filter_Hours_WholeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Les heures sont des heures pleines du magasin, de 0 à 23.`)
};

export const filter_not_a_date = /** @type {(inputs: Filter_Not_A_DateInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`« ${i?.value} » n'est pas une date : utilisez AAAA-MM-JJ.`)
};

export const filter_range_backwards = /** @type {(inputs: Filter_Range_BackwardsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`La période commence (${i?.from}) après sa fin (${i?.to}).`)
};

export const filter_range_too_long = /** @type {(inputs: Filter_Range_Too_LongInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`La période du ${i?.from} au ${i?.to} dépasse ${i?.max} jours : choisissez-en une plus courte.`)
};

export const filter_sensor_number = /** @type {(inputs: Filter_Sensor_NumberInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Les capteurs se choisissent par leur numéro.`)
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

export const filter_store_number = /** @type {(inputs: Filter_Store_NumberInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Les magasins se choisissent par leur numéro.`)
};

export const filter_to = /** @type {(inputs: Filter_ToInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Au`)
};

export const filter_too_many_sensors = /** @type {(inputs: Filter_Too_Many_SensorsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Choisissez au plus ${i?.max} capteurs.`)
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

export const heat_region = /** @type {(inputs: Heat_RegionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Jour de la semaine par heure`)
};

export const heat_weekday = /** @type {(inputs: Heat_WeekdayInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Jour de la semaine`)
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

export const kpi_estimated = /** @type {(inputs: Kpi_EstimatedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`dont ${i?.share} estimés (imputés ou corrigés)`)
};

export const kpi_footfall = /** @type {(inputs: Kpi_FootfallInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fréquentation`)
};

export const kpi_footfall_hint = /** @type {(inputs: Kpi_Footfall_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`visiteurs comptés aux portes`)
};

export const kpi_footfall_subset_hint = /** @type {(inputs: Kpi_Footfall_Subset_HintInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`visiteurs des capteurs ${i?.sensors}`)
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

export const kpi_store_visitors_basis = /** @type {(inputs: Kpi_Store_Visitors_BasisInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`sur les ${i?.visitors} visiteurs du magasin (tous capteurs)`)
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
	return /** @type {LocalizedString} */ (`Dernière heure chargée, ${i?.dataset}`)
};

export const last_run = /** @type {(inputs: Last_RunInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`dernier chargement : heure de ${i?.hour}, exécuté le ${i?.when}`)
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

export const legend_estimated = /** @type {(inputs: Legend_EstimatedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Estimé (imputé ou corrigé) : ${i?.share}`)
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
	return /** @type {LocalizedString} */ (`Du ${i?.from} au ${i?.to}. Parts des heures de chaque capteur (23 à 25 par jour), lues dans les tables nettoyées : relevés reçus, manquants, aberrants, morts, en dérive, et heures imputées. Les capteurs aux heures le plus souvent défaillantes d'abord.`)
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

export const range_heading = /** @type {(inputs: Range_HeadingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.store} — du ${i?.from} au ${i?.to}`)
};

export const ranking_show_all = /** @type {(inputs: Ranking_Show_AllInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Afficher tous les magasins`)
};

export const ranking_shown = /** @type {(inputs: Ranking_ShownInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Les ${i?.shown} premiers sur ${i?.total} magasins, dans cet ordre.`)
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

export const sensor_n = /** @type {(inputs: Sensor_NInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Capteur ${i?.id}`)
};

export const sensor_subset_note = /** @type {(inputs: Sensor_Subset_NoteInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Capteurs ${i?.sensors} seulement : la fréquentation, le graphique par capteur et la carte de fréquentation ne comptent que leurs visiteurs. Transactions, chiffre d'affaires, panier moyen, taux de transformation, ventes par visiteur et les graphiques qui les montrent (dont ceux du jour) restent ceux du magasin entier : une vente ne se rattache à aucune porte, et les ventes du magasin rapportées aux visiteurs de quelques portes surestimeraient la transformation.`)
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

export const staffing_hours_region = /** @type {(inputs: Staffing_Hours_RegionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Prévision et personnel, heure par heure`)
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

export const store_days_under_way = /** @type {(inputs: Store_Days_Under_WayInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.days} : journée encore en cours, chiffres partiels jusqu'au build nocturne (03:00 heure locale, le lendemain).`)
};

export const store_failed_days = /** @type {(inputs: Store_Failed_DaysInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Les tests de données ont échoué pour ${i?.count} jour(s) de cette période : ${i?.days}. Leurs chiffres ne sont pas publiés comme fiables.`)
};

export const store_failed_days_link = /** @type {(inputs: Store_Failed_Days_LinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Voir quels tests`)
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