//! Charts as SVG, drawn on the server with `plotters`: a line per series over the months and bars
//! for comparing wijken. Hidden cells ("< 5") are left out of the picture (a gap), exactly as the
//! data table next to each chart shows them. The SVG is a picture with a name (`role="img"`,
//! `aria-labelledby` the figure's caption); the table is the text alternative.

use plotters::prelude::*;

const W: u32 = 640;
const H: u32 = 260;
const COLOURS: [RGBColor; 4] = [
    RGBColor(0, 84, 130),
    RGBColor(196, 76, 0),
    RGBColor(0, 122, 61),
    RGBColor(120, 60, 150),
];

/// One line: its name and a value per month (`None` where hidden).
pub struct Series {
    /// Name in the legend.
    pub name: String,
    /// Values, one per label.
    pub points: Vec<Option<f64>>,
}

fn top(max: f64) -> f64 {
    if max <= 0.0 { 1.0 } else { (max * 1.15).ceil() }
}

fn finish(svg: String, caption_id: &str) -> String {
    // name the picture by its caption; the data table beside it carries the numbers
    svg.replacen(
        "<svg ",
        &format!(r#"<svg class="kkdw-chart" role="img" aria-labelledby="{caption_id}" "#),
        1,
    )
}

/// A line chart over `labels` (months).
pub fn lines(labels: &[String], series: &[Series], caption_id: &str) -> String {
    let max = series
        .iter()
        .flat_map(|s| s.points.iter().flatten())
        .fold(0.0f64, |a, b| a.max(*b));
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (W, H)).into_drawing_area();
        let _ = root.fill(&WHITE);
        let n = labels.len().max(1);
        let built = ChartBuilder::on(&root)
            .margin(12)
            .x_label_area_size(28)
            .y_label_area_size(44)
            .build_cartesian_2d(0..(n - 1).max(1), 0.0..top(max));
        if let Ok(mut chart) = built {
            let short = |i: &usize| labels.get(*i).cloned().unwrap_or_default();
            let _ = chart
                .configure_mesh()
                .x_labels(n)
                .x_label_formatter(&short)
                .y_labels(5)
                .light_line_style(RGBColor(235, 235, 235))
                .draw();
            for (k, s) in series.iter().enumerate() {
                let colour = COLOURS[k % COLOURS.len()];
                // a gap where a value is hidden: draw each run of shown values on its own
                let mut run: Vec<(usize, f64)> = Vec::new();
                for (i, p) in s.points.iter().enumerate() {
                    match p {
                        Some(v) => run.push((i, *v)),
                        None => {
                            draw_run(&mut chart, &run, colour);
                            run.clear();
                        }
                    }
                }
                draw_run(&mut chart, &run, colour);
                // the legend entry
                if let Ok(a) = chart.draw_series(LineSeries::new(
                    std::iter::empty::<(usize, f64)>(),
                    colour.stroke_width(2),
                )) {
                    a.label(s.name.clone()).legend(move |(x, y)| {
                        PathElement::new(vec![(x, y), (x + 18, y)], colour.stroke_width(2))
                    });
                }
            }
            let _ = chart
                .configure_series_labels()
                .position(SeriesLabelPosition::UpperLeft)
                .background_style(WHITE.mix(0.9))
                .border_style(RGBColor(200, 200, 200))
                .draw();
        }
        let _ = root.present();
    }
    finish(svg, caption_id)
}

type Chart<'a, 'b> = ChartContext<
    'a,
    SVGBackend<'b>,
    Cartesian2d<plotters::coord::types::RangedCoordusize, plotters::coord::types::RangedCoordf64>,
>;

fn draw_run(chart: &mut Chart<'_, '_>, run: &[(usize, f64)], colour: RGBColor) {
    if run.is_empty() {
        return;
    }
    let _ = chart.draw_series(LineSeries::new(run.iter().copied(), colour.stroke_width(2)));
    let _ = chart.draw_series(run.iter().map(|p| Circle::new(*p, 3, colour.filled())));
}

/// Bars, one per label (wijk); hidden values get no bar.
pub fn bars(labels: &[String], values: &[Option<f64>], caption_id: &str) -> String {
    let max = values.iter().flatten().fold(0.0f64, |a, b| a.max(*b));
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (W, H)).into_drawing_area();
        let _ = root.fill(&WHITE);
        let n = labels.len().max(1);
        let built = ChartBuilder::on(&root)
            .margin(12)
            .x_label_area_size(28)
            .y_label_area_size(44)
            .build_cartesian_2d(0.0..n as f64, 0.0..top(max));
        if let Ok(mut chart) = built {
            let name = |x: &f64| {
                let i = x.floor() as usize;
                if (x - i as f64 - 0.5).abs() < 0.01 {
                    labels.get(i).cloned().unwrap_or_default()
                } else {
                    String::new()
                }
            };
            let _ = chart
                .configure_mesh()
                .disable_x_mesh()
                .x_labels(2 * n + 1)
                .x_label_formatter(&name)
                .y_labels(5)
                .light_line_style(RGBColor(235, 235, 235))
                .draw();
            let _ = chart.draw_series(values.iter().enumerate().filter_map(|(i, v)| {
                v.map(|v| {
                    Rectangle::new(
                        [(i as f64 + 0.15, 0.0), (i as f64 + 0.85, v)],
                        COLOURS[0].filled(),
                    )
                })
            }));
        }
        let _ = root.present();
    }
    finish(svg, caption_id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn charts_are_named_svg_without_inline_style() {
        let labels = vec!["2026-01".to_string(), "2026-02".to_string()];
        let svg = lines(
            &labels,
            &[Series {
                name: "Jongeren".into(),
                points: vec![Some(12.0), None],
            }],
            "c1",
        );
        assert!(svg.starts_with("<svg class=\"kkdw-chart\" role=\"img\" aria-labelledby=\"c1\""));
        assert!(!svg.contains(" style="));
        let svg = bars(&labels, &[Some(3.0), None], "c2");
        assert!(svg.contains("aria-labelledby=\"c2\""));
        assert!(!svg.contains(" style="));
    }
}
