//! Who sees which wijken, and the charts, tables and CSV built from the suppressed figures. A
//! chart, its data table and the CSV take their numbers from the same `Figures`, so they agree.

use std::collections::HashMap;
use std::sync::{Arc, LazyLock, Mutex};

use super::chart::{self, Series};
use super::figures::{Figures, published};
use super::indicators::{COUNTS, MUNICIPALITY, NO_WIJK, VALUES};
use super::repo;
use super::suppress::Shown;
use crate::auth::{Role, SessionUser};
use crate::error::{AppError, AppResult};
use crate::i18n::Locale;
use crate::places::repo::{self as places, Area};
use crate::state::AppState;

/// What one viewer may see: the municipality's figures and the wijken they cover.
pub struct Scope {
    /// Name of the municipality.
    pub municipality_name: String,
    /// The wijken this viewer sees (all for beleid; the team's own for a team).
    pub visible: Vec<Area>,
    /// A team's view (only its own wijken).
    pub team_view: bool,
    /// The figures, suppressed.
    pub figures: Arc<Figures>,
    refreshed: Option<time::OffsetDateTime>,
}

impl Scope {
    /// Loads the viewer's scope: beleid sees the municipality, a teamleider or professional the
    /// team's wijken; anyone else is refused.
    pub async fn load(app: &AppState, user: &SessionUser) -> AppResult<Scope> {
        let (grant, team_view) = match user.grant(Role::Beleid) {
            Some(g) => (g.clone(), false),
            None => {
                let g = user
                    .grant(Role::Teamleider)
                    .or_else(|| user.grant(Role::Jeugdprofessional))
                    .filter(|g| g.team_id.is_some())
                    .ok_or(AppError::Forbidden)?;
                (g.clone(), true)
            }
        };
        let m = &grant.municipality_id;
        let municipality_name = places::municipality(&app.db, m)
            .await?
            .map(|m| m.name)
            .unwrap_or_default();
        let wijken = places::wijken(&app.db, m).await?;
        let visible = match (&grant.team_id, team_view) {
            (Some(team), true) => {
                let (_, tw) = places::teams(&app.db, m).await?;
                let codes: Vec<&str> = tw
                    .iter()
                    .filter(|t| &t.team_id == team)
                    .map(|t| t.code.as_str())
                    .collect();
                wijken
                    .iter()
                    .filter(|w| codes.contains(&w.code.as_str()))
                    .cloned()
                    .collect()
            }
            _ => wijken.clone(),
        };
        let refreshed = repo::refreshed(&app.db, m).await?.map(|r| r.refreshed_at);
        let ids: Vec<String> = wijken.iter().map(|w| w.id.clone()).collect();
        let figures = figures(app, m, refreshed, ids).await?;
        Ok(Scope {
            municipality_name,
            visible,
            team_view,
            figures,
            refreshed,
        })
    }

    /// A wijk this viewer sees, by code.
    pub fn visible_wijk(&self, code: &str) -> Option<&Area> {
        self.visible.iter().find(|w| w.code == code)
    }

    /// When the figures were computed, as people read it.
    pub fn refreshed_text(&self) -> Option<String> {
        self.refreshed.map(crate::clock::format_moment)
    }
}

/// The suppressed figures per municipality, kept until the job computes new ones: the rule runs
/// once per refresh and instance, not on every page view.
static FIGURES: LazyLock<Mutex<HashMap<String, (time::OffsetDateTime, Arc<Figures>)>>> =
    LazyLock::new(Default::default);

async fn figures(
    app: &AppState,
    municipality_id: &str,
    refreshed: Option<time::OffsetDateTime>,
    wijken: Vec<String>,
) -> AppResult<Arc<Figures>> {
    let cached = |at: time::OffsetDateTime| {
        let cache = FIGURES.lock().unwrap_or_else(|e| e.into_inner());
        cache
            .get(municipality_id)
            .filter(|(when, _)| *when == at)
            .map(|(_, f)| f.clone())
    };
    if let Some(f) = refreshed.and_then(cached) {
        return Ok(f);
    }
    let raw = repo::cells(&app.db, municipality_id).await?;
    let mut periods: Vec<String> = raw.iter().map(|r| r.period.clone()).collect();
    periods.sort();
    periods.dedup();
    let f = Arc::new(Figures::build(&raw, &wijken, periods));
    if let Some(at) = refreshed {
        let mut cache = FIGURES.lock().unwrap_or_else(|e| e.into_inner());
        cache.insert(municipality_id.to_string(), (at, f.clone()));
    }
    Ok(f)
}

/// A chart with its caption and the data table that is its text alternative.
pub struct ChartBlock {
    /// Id of the caption (the SVG's name).
    pub id: String,
    /// Caption.
    pub caption: String,
    /// The SVG.
    pub svg: String,
    /// The same numbers as a table.
    pub table: TableBlock,
}

/// A table: caption, column heads, rows with a row head (and a link) and cells.
pub struct TableBlock {
    /// Id of the caption.
    pub id: String,
    /// Caption.
    pub caption: String,
    /// Column heads (the first is the row heads' column).
    pub head: Vec<String>,
    /// Rows.
    pub rows: Vec<RowBlock>,
}

/// One row.
pub struct RowBlock {
    /// Row head.
    pub head: String,
    /// Link of the row head.
    pub link: Option<String>,
    /// Cells.
    pub cells: Vec<String>,
}

/// The message id of an indicator's name.
pub fn label_id(ind: &str) -> String {
    match ind.strip_prefix("rating:") {
        Some(domain) => format!("monitor-rating-{}", domain.replace('_', "-")),
        None => format!("monitor-ind-{}", ind.replace('_', "-")),
    }
}

fn label(loc: Locale, ind: &str) -> String {
    let id = label_id(ind);
    let text = loc.t(&id);
    if text == id { ind.to_string() } else { text }
}

/// A period as people read it: "2026 K1" for a quarter (`2026-Q1`), the key itself for a month.
pub fn period_label(loc: Locale, key: &str) -> String {
    match key.split_once("-Q") {
        Some((year, q)) => format!("{year} {}{q}", loc.t("monitor-quarter-short")),
        None => key.to_string(),
    }
}

fn period_labels(f: &Figures, loc: Locale) -> Vec<String> {
    f.periods.iter().map(|p| period_label(loc, p)).collect()
}

fn number(s: Shown) -> Option<f64> {
    s.value().map(|v| v as f64)
}

const TREND: &[&str] = &["involved", "new", "in_activity", "counted_plan"];
const COMPARE: &[&str] = &["involved", "in_activity", "counted_plan", "barriers_opened"];
const COMPARE_VALUES: &[&str] = &["network_median", "gas_t"];

/// The municipality's months: a chart of young people involved and new, and its table.
pub fn municipality_trend(s: &Scope, loc: Locale) -> Option<ChartBlock> {
    let f = &s.figures;
    if f.periods.is_empty() {
        return None;
    }
    Some(trend_block(
        f,
        MUNICIPALITY,
        "trend-gemeente",
        loc.t("monitor-trend-caption"),
        loc,
    ))
}

fn trend_block(f: &Figures, area: &str, id: &str, caption: String, loc: Locale) -> ChartBlock {
    let inds: Vec<&str> = TREND
        .iter()
        .copied()
        .filter(|i| published(area, i))
        .collect();
    let series: Vec<Series> = inds[..2]
        .iter()
        .map(|ind| Series {
            name: label(loc, ind),
            points: f
                .periods
                .iter()
                .map(|p| number(f.count(area, p, ind)))
                .collect(),
        })
        .collect();
    let mut head = vec![loc.t("monitor-period")];
    head.extend(inds.iter().map(|i| label(loc, i)));
    let rows = f
        .periods
        .iter()
        .map(|p| RowBlock {
            head: period_label(loc, p),
            link: None,
            cells: inds.iter().map(|i| f.count(area, p, i).text()).collect(),
        })
        .collect();
    ChartBlock {
        id: id.to_string(),
        svg: chart::lines(&period_labels(f, loc), &series, id),
        caption: caption.clone(),
        table: TableBlock {
            id: format!("{id}-tabel"),
            caption,
            head,
            rows,
        },
    }
}

/// Bars of young people involved per visible wijk in the last month.
pub fn wijk_bars(s: &Scope, loc: Locale) -> Option<ChartBlock> {
    let f = &s.figures;
    let p = f.latest();
    if p.is_empty() || s.visible.is_empty() {
        return None;
    }
    let names: Vec<String> = s.visible.iter().map(|w| w.name.clone()).collect();
    let shown: Vec<Shown> = s
        .visible
        .iter()
        .map(|w| f.count(&w.id, p, "involved"))
        .collect();
    let values: Vec<Option<f64>> = shown.iter().map(|v| number(*v)).collect();
    let id = "vergelijk-wijken";
    let caption = loc.t1("monitor-compare-caption", "period", &period_label(loc, p));
    Some(ChartBlock {
        id: id.to_string(),
        svg: chart::bars(&names, &values, id),
        caption: caption.clone(),
        table: TableBlock {
            id: format!("{id}-tabel"),
            caption,
            head: vec![loc.t("monitor-wijk"), label(loc, "involved")],
            rows: s
                .visible
                .iter()
                .zip(&shown)
                .map(|(w, v)| RowBlock {
                    head: w.name.clone(),
                    link: None,
                    cells: vec![v.text()],
                })
                .collect(),
        },
    })
}

/// The wijken side by side in the last month, each linked to its page.
pub fn wijk_table(s: &Scope, loc: Locale) -> Option<TableBlock> {
    let f = &s.figures;
    let p = f.latest();
    if p.is_empty() {
        return None;
    }
    let row = |area: &str, head: String, link: Option<String>| RowBlock {
        head,
        link,
        cells: COMPARE
            .iter()
            .map(|i| f.count(area, p, i).text())
            .chain(COMPARE_VALUES.iter().map(|i| f.value_text(area, p, i)))
            .collect(),
    };
    let mut rows: Vec<RowBlock> = s
        .visible
        .iter()
        .map(|w| {
            row(
                &w.id,
                w.name.clone(),
                Some(format!("/monitor/wijk/{}", w.code)),
            )
        })
        .collect();
    if !s.team_view && f.has_no_wijk {
        rows.push(row(NO_WIJK, loc.t("monitor-no-wijk"), None));
    }
    rows.push(row(MUNICIPALITY, s.municipality_name.clone(), None));
    let mut head = vec![loc.t("monitor-wijk")];
    head.extend(COMPARE.iter().chain(COMPARE_VALUES).map(|i| label(loc, i)));
    Some(TableBlock {
        id: "wijken-tabel".into(),
        caption: loc.t1("monitor-wijken-caption", "period", &period_label(loc, p)),
        head,
        rows,
    })
}

/// A wijk's charts: young people involved and new; the network's median size.
pub fn wijk_charts(s: &Scope, w: &Area, loc: Locale) -> Vec<ChartBlock> {
    let f = &s.figures;
    if f.periods.is_empty() {
        return Vec::new();
    }
    let mut out = vec![trend_block(
        f,
        &w.id,
        "trend-wijk",
        loc.t1("monitor-wijk-trend-caption", "wijk", &w.name),
        loc,
    )];
    let inds = [
        "network_median",
        "network_informal_median",
        "network_professional_median",
    ];
    let series: Vec<Series> = inds
        .iter()
        .map(|ind| Series {
            name: label(loc, ind),
            points: f
                .periods
                .iter()
                .map(|p| f.value(&w.id, p, ind).map(|v| v as f64 / 10.0))
                .collect(),
        })
        .collect();
    let id = "netwerk-wijk";
    let caption = loc.t1("monitor-network-caption", "wijk", &w.name);
    let mut head = vec![loc.t("monitor-period")];
    head.extend(inds.iter().map(|i| label(loc, i)));
    out.push(ChartBlock {
        id: id.into(),
        svg: chart::lines(&period_labels(f, loc), &series, id),
        caption: caption.clone(),
        table: TableBlock {
            id: format!("{id}-tabel"),
            caption,
            head,
            rows: f
                .periods
                .iter()
                .map(|p| RowBlock {
                    head: period_label(loc, p),
                    link: None,
                    cells: inds.iter().map(|i| f.value_text(&w.id, p, i)).collect(),
                })
                .collect(),
        },
    });
    out
}

/// A wijk's tables: every count per month; every figure over a group per month.
pub fn wijk_tables(s: &Scope, w: &Area, loc: Locale) -> Vec<TableBlock> {
    let f = &s.figures;
    let mut values: Vec<String> = VALUES.iter().map(|v| v.to_string()).collect();
    values.extend(f.rating_keys());
    let table = |id: &str, caption: String, inds: &[String], count: bool| {
        let mut head = vec![loc.t("monitor-period")];
        head.extend(inds.iter().map(|i| label(loc, i)));
        TableBlock {
            id: id.into(),
            caption,
            head,
            rows: f
                .periods
                .iter()
                .map(|p| RowBlock {
                    head: period_label(loc, p),
                    link: None,
                    cells: inds
                        .iter()
                        .map(|i| {
                            if count {
                                f.count(&w.id, p, i).text()
                            } else {
                                f.value_text(&w.id, p, i)
                            }
                        })
                        .collect(),
                })
                .collect(),
        }
    };
    let counts: Vec<String> = COUNTS
        .iter()
        .filter(|c| published(&w.id, c))
        .map(|c| c.to_string())
        .collect();
    vec![
        table("tellingen", loc.t("monitor-counts-caption"), &counts, true),
        table("waarden", loc.t("monitor-values-caption"), &values, false),
    ]
}

/// The CSV: one row per area, month and indicator, as the pages show it.
pub fn csv(s: &Scope, only: Option<&Area>, loc: Locale) -> AppResult<Vec<u8>> {
    let f = &s.figures;
    let io = |e: csv::Error| AppError::Internal(anyhow::anyhow!("csv: {e}"));
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(["area_code", "area", "period", "indicator", "label", "value"])
        .map_err(io)?;
    let mut areas: Vec<(String, String, String)> = Vec::new();
    match only {
        Some(a) => areas.push((a.id.clone(), a.code.clone(), a.name.clone())),
        None => {
            for a in &s.visible {
                areas.push((a.id.clone(), a.code.clone(), a.name.clone()));
            }
            if !s.team_view && f.has_no_wijk {
                areas.push((NO_WIJK.into(), String::new(), loc.t("monitor-no-wijk")));
            }
            areas.push((
                MUNICIPALITY.into(),
                String::new(),
                s.municipality_name.clone(),
            ));
        }
    }
    let mut values: Vec<String> = VALUES.iter().map(|v| v.to_string()).collect();
    values.extend(f.rating_keys());
    for (id, code, name) in &areas {
        for p in &f.periods {
            for ind in COUNTS.iter().filter(|i| published(id, i)) {
                let v = f.count(id, p, ind).text();
                let l = label(loc, ind);
                w.write_record([
                    code.as_str(),
                    name.as_str(),
                    p.as_str(),
                    *ind,
                    l.as_str(),
                    v.as_str(),
                ])
                .map_err(io)?;
            }
            for ind in &values {
                let v = f.value_text(id, p, ind);
                let l = label(loc, ind);
                w.write_record([
                    code.as_str(),
                    name.as_str(),
                    p.as_str(),
                    ind.as_str(),
                    l.as_str(),
                    v.as_str(),
                ])
                .map_err(io)?;
            }
        }
    }
    w.into_inner()
        .map_err(|e| AppError::Internal(anyhow::anyhow!("csv: {e}")))
}
