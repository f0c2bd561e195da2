pub mod bracket;
pub mod contract;
pub mod embed;
#[cfg(test)]
mod fixture;
pub mod fragment;
pub mod i18n;
pub mod image;
pub mod journey;
pub mod model;
pub mod present;
pub mod roving;
pub mod scorers;
pub mod search;
pub mod sort;
#[cfg(feature = "source")]
pub mod source;
pub mod standings;
pub mod tie;
pub mod totals;
pub mod url;
