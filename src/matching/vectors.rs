//! Sparse tf-idf vectors. Written here rather than taken from a crate so
//! that the stemmer, stop words and per-term weights stay ours (they are
//! shown in explanations).

use rustc_hash::{FxHashMap as HashMap, FxHashSet};

/// Document frequencies of terms over a collection.
#[derive(Debug, Default, Clone)]
pub struct Vocabulary {
    ids: HashMap<String, usize>,
    df: Vec<usize>,
    docs: usize,
}

impl Vocabulary {
    pub fn add_document(&mut self, terms: &[String]) {
        self.docs += 1;
        let mut seen = FxHashSet::default();
        for t in terms {
            if seen.insert(t.as_str()) {
                let next = self.ids.len();
                let id = *self.ids.entry(t.clone()).or_insert(next);
                if id == self.df.len() {
                    self.df.push(0);
                }
                self.df[id] += 1;
            }
        }
    }

    /// Number of documents added.
    pub fn documents(&self) -> usize {
        self.docs
    }

    /// Document frequency of a term id.
    pub fn df_of(&self, id: usize) -> usize {
        self.df.get(id).copied().unwrap_or(0)
    }

    /// Document frequency of a term (0 when unknown).
    pub fn df(&self, term: &str) -> usize {
        self.ids.get(term).map(|&i| self.df[i]).unwrap_or(0)
    }

    /// Smoothed inverse document frequency; unknown terms count as rare.
    pub fn idf(&self, term: &str) -> f64 {
        let df = self.ids.get(term).map(|&i| self.df[i]).unwrap_or(0);
        ((1.0 + self.docs as f64) / (1.0 + df as f64)).ln() + 1.0
    }

    /// A normalised tf-idf vector (sublinear tf). Terms not in the
    /// vocabulary are ignored.
    pub fn vector(&self, terms: &[String]) -> SparseVec {
        let mut tf: HashMap<usize, f64> = HashMap::default();
        for t in terms {
            if let Some(&id) = self.ids.get(t) {
                *tf.entry(id).or_insert(0.0) += 1.0;
            }
        }
        let mut entries: Vec<(usize, f64)> = tf
            .into_iter()
            .map(|(id, n)| {
                let idf = ((1.0 + self.docs as f64) / (1.0 + self.df[id] as f64)).ln() + 1.0;
                (id, (1.0 + n.ln()) * idf)
            })
            .collect();
        entries.sort_by_key(|e| e.0);
        let norm = entries.iter().map(|(_, w)| w * w).sum::<f64>().sqrt();
        if norm > 0.0 {
            for e in &mut entries {
                e.1 /= norm;
            }
        }
        SparseVec { entries }
    }
}

/// A unit-length sparse vector, entries sorted by term id.
#[derive(Debug, Clone, Default)]
pub struct SparseVec {
    entries: Vec<(usize, f64)>,
}

impl SparseVec {
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    pub fn cosine(&self, other: &SparseVec) -> f64 {
        let (mut i, mut j, mut s) = (0, 0, 0.0);
        while i < self.entries.len() && j < other.entries.len() {
            let (a, b) = (self.entries[i], other.entries[j]);
            match a.0.cmp(&b.0) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    s += a.1 * b.1;
                    i += 1;
                    j += 1;
                }
            }
        }
        s.clamp(0.0, 1.0)
    }

    pub fn term_ids(&self) -> impl Iterator<Item = usize> + '_ {
        self.entries.iter().map(|e| e.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(v: &[&str]) -> Vec<String> {
        v.iter().map(|x| x.to_string()).collect()
    }

    #[test]
    fn cosine_of_identical_is_one_and_disjoint_zero() {
        let mut v = Vocabulary::default();
        v.add_document(&s(&["pleegzorg", "campagne"]));
        v.add_document(&s(&["wijkcentrum"]));
        let a = v.vector(&s(&["pleegzorg", "campagne"]));
        let b = v.vector(&s(&["wijkcentrum"]));
        assert!((a.cosine(&a) - 1.0).abs() < 1e-9);
        assert_eq!(a.cosine(&b), 0.0);
    }

    #[test]
    fn rare_terms_weigh_more() {
        let mut v = Vocabulary::default();
        for _ in 0..5 {
            v.add_document(&s(&["zorg"]));
        }
        v.add_document(&s(&["zorg", "pleegzorg"]));
        assert!(v.idf("pleegzorg") > v.idf("zorg"));
    }
}
