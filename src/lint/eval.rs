//! Scoring `spiegel lint` against hand labels: two labellers' files ->
//! their agreement, the settled labels, and spiegel's agreement with them.
