//! Goal Attainment Scaling (Kiresuk & Sherman): each goal is scored −2…+2 against levels written
//! down when the goal was set; the plan's T-score is 50 when goals are met as expected.

/// The usual correlation between goal scores assumed by the formula.
pub const RHO: f64 = 0.3;

/// T = 50 + 10·Σwᵢxᵢ / √((1−ρ)·Σwᵢ² + ρ·(Σwᵢ)²) over the scored goals (score, weight). `None`
/// without scored goals.
pub fn t_score(scores: &[(i64, i64)]) -> Option<f64> {
    let scored: Vec<(f64, f64)> = scores
        .iter()
        .filter(|(_, w)| *w > 0)
        .map(|(x, w)| (*x as f64, *w as f64))
        .collect();
    if scored.is_empty() {
        return None;
    }
    let sum_wx: f64 = scored.iter().map(|(x, w)| w * x).sum();
    let sum_w2: f64 = scored.iter().map(|(_, w)| w * w).sum();
    let sum_w: f64 = scored.iter().map(|(_, w)| w).sum();
    let denominator = ((1.0 - RHO) * sum_w2 + RHO * sum_w * sum_w).sqrt();
    Some(50.0 + 10.0 * sum_wx / denominator)
}

#[cfg(test)]
mod tests {
    use super::t_score;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 0.01
    }

    #[test]
    fn expected_outcomes_give_fifty() {
        assert!(close(t_score(&[(0, 1), (0, 1), (0, 2)]).unwrap(), 50.0));
        assert_eq!(t_score(&[]), None);
    }

    #[test]
    fn known_values() {
        // One goal at +1: 50 + 10 / √(0.7 + 0.3) = 60.
        assert!(close(t_score(&[(1, 1)]).unwrap(), 60.0));
        // Two goals at +2, weight 1: 50 + 40 / √(1.4 + 1.2) = 74.81.
        assert!(close(t_score(&[(2, 1), (2, 1)]).unwrap(), 74.81));
        // Three goals −2, 0, +1: 50 + 10·(−1) / √(2.1 + 2.7) = 45.44.
        assert!(close(t_score(&[(-2, 1), (0, 1), (1, 1)]).unwrap(), 45.44));
        // Weights count: (+2, w3), (−1, w1): 50 + 10·5 / √(0.7·10 + 0.3·16) = 64.56.
        assert!(close(t_score(&[(2, 3), (-1, 1)]).unwrap(), 64.56));
    }
}
