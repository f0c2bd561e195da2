//! The selected club's season on one card: where it entered, every match it played (round, the match
//! with its score or "score not recorded", home or away, date, and the stadium, referee and attendance
//! where a source gives them) and how its cup ended.

use coppa_core::bracket;
use coppa_core::i18n::{self, Lang, Text};
use coppa_core::journey::{journey, Appearance, Exit};
use coppa_core::model::{ClubId, Date, Season, Stage};
use leptos::prelude::*;

use crate::ui::dom_id;
use crate::ui::state::use_ui;

#[component]
pub fn Journey() -> impl IntoView {
    let ui = use_ui();
    let team = ui.team();
    let lang = ui.lang();
    let heading_id = dom_id::unique("journey");
    move || {
        let club = team.get()?;
        let lang = lang.get();
        let season = ui.season;
        let (section_label, heading_id) = (heading_id.clone(), heading_id.clone());
        let run = journey(season, club);
        let matches = run
            .appearances
            .iter()
            .filter_map(|&appearance| line(season, club, appearance, lang))
            .map(|line| {
                view! {
                    <li class="journey__match" data-stage=line.stage.key()>
                        <span class="journey__round">{line.round}</span>
                        <span class="journey__result">{line.result}</span>
                        <span class="journey__venue">{line.venue}</span>
                        {match line.date {
                            Some((iso, text)) => view! { <time class="journey__date" datetime=iso>{text}</time> }.into_any(),
                            None => view! { <span class="journey__date">{Text::DateNotRecorded.get(lang)}</span> }.into_any(),
                        }}
                        {line.stadium.map(|name| view! { <span class="journey__stadium">{name}</span> })}
                        {(!line.officials.is_empty())
                            .then(|| view! { <span class="journey__officials">{line.officials.join(" · ")}</span> })}
                        {line.outcome.map(|text| view! { <span class="journey__outcome">{text}</span> })}
                    </li>
                }
            })
            .collect_view();
        let name = season.club(club).name;
        Some(view! {
            <section class="journey" data-club=season.club(club).slug aria-labelledby=section_label>
                <h2 class="journey__title" id=heading_id>{i18n::journey_title(name, lang)}</h2>
                <p class="journey__entered">{i18n::entered(season.club(club).enters, lang)}</p>
                <p class="journey__exit">{exit_sentence(season, run.exit, lang)}</p>
                <ol class="journey__matches">{matches}</ol>
                <button type="button" class="coppa-button journey__close" on:click=move |_| ui.select_team(None)>
                    {Text::JourneyShowAll.get(lang)}
                </button>
            </section>
        })
    }
}

/// One match of the journey, already in words.
struct Line {
    stage: Stage,
    round: String,
    result: String,
    venue: &'static str,
    /// ISO date for `<time datetime>` and the written date.
    date: Option<(String, String)>,
    /// The stadium, where a source names it.
    stadium: Option<&'static str>,
    /// Referee and attendance, each where a source gives it.
    officials: Vec<String>,
    /// After a tie's second leg: how the tie was settled.
    outcome: Option<String>,
}

fn line(season: &'static Season, club: ClubId, appearance: Appearance, lang: Lang) -> Option<Line> {
    let venue = |host: ClubId| {
        if host == club {
            Text::JourneyHome.get(lang)
        } else {
            Text::JourneyAway.get(lang)
        }
    };
    match appearance {
        Appearance::Group { group, match_index } => {
            let game = season
                .groups
                .iter()
                .find(|g| g.number == group)?
                .matches
                .get(match_index)?;
            let round = match game.matchday {
                Some(day) => format!(
                    "{} · {}",
                    i18n::group_name(group, lang),
                    i18n::matchday(day, lang)
                ),
                None => i18n::group_name(group, lang),
            };
            Some(Line {
                stage: Stage::Group,
                round,
                result: i18n::match_line(season, game.home, game.away, game.score, lang),
                venue: venue(game.home),
                date: game.date.map(|d| dates(d, lang)),
                stadium: game.venue,
                officials: game
                    .referee
                    .map(|name| i18n::referee(name, lang))
                    .into_iter()
                    .chain(game.attendance.map(|n| i18n::attendance(n, lang)))
                    .collect(),
                outcome: None,
            })
        }
        Appearance::Leg { tie, leg } => {
            let played = bracket::tie(season, tie);
            let this = played.legs.get(leg)?;
            let which = if leg == 0 {
                Text::JourneyFirstLeg
            } else {
                Text::JourneySecondLeg
            };
            Some(Line {
                stage: tie.stage,
                round: format!(
                    "{} · {}",
                    i18n::round_name(tie.stage, lang),
                    which.get(lang)
                ),
                result: i18n::match_line(season, this.host, this.guest, this.score, lang),
                venue: venue(this.host),
                date: this.date.map(|d| dates(d, lang)),
                stadium: this.venue,
                officials: Vec::new(),
                outcome: (leg == 1).then(|| i18n::tie_label(season, &played.outcome(), lang)),
            })
        }
    }
}

fn dates(date: Date, lang: Lang) -> (String, String) {
    let iso = format!("{:04}-{:02}-{:02}", date.year, date.month, date.day);
    (iso, i18n::format_date(date, lang))
}

fn exit_sentence(season: &Season, exit: Exit, lang: Lang) -> String {
    match exit {
        Exit::Champion => Text::JourneyWonCup.get(lang).to_owned(),
        Exit::Group { group, position } => i18n::exit_group(position, group, lang),
        Exit::Knockout { stage, by } => i18n::exit_knockout(stage, season.club(by).name, lang),
    }
}
