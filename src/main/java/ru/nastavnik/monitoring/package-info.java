/**
 * Monitoring of the programme: the rounds in December and June (process {@code MonitoringRound}) with their key
 * figures and the curator's SWOT, the director's dashboard (/dashboard), the monitoring report (DOCX, CSV, XLSX), the
 * bank of successful practices and the mentors' rating.
 */
package ru.nastavnik.monitoring;
