//! Actions that change a deal or a payment. Each one names what it acts on (creator, deal,
//! amount, reference), takes what must be typed (notes, a fee, a reason) in a form, and is
//! confirmed once before it runs. What a deal's stage does not allow is refused with why.

use linkstar_app::port::DealSummary;
use linkstar_app::{CancelLine, CancelPreview};
use linkstar_core::ids::{DealId, PaymentId};
use linkstar_core::money::Money;
use linkstar_core::payment::CancelEffect;
use linkstar_core::stage::{Stage, StageEvent};
use linkstar_i18n::{Ui, Work};

use crate::input::Form;
use crate::keymap::Command;
use crate::request::Op;
use crate::views::{Action, Cx, Why};

/// What an action acts on, as its confirmation names it.
#[derive(Debug, Clone, PartialEq)]
pub struct Target {
    /// The deal.
    pub deal: DealId,
    /// The creator's name.
    pub creator: String,
    /// The campaign's name.
    pub campaign: String,
    /// The amount at stake: the fee, the counter-offer or the payment.
    pub amount: Money,
}

impl Target {
    /// A deal as a summary shows it, with its offered fee.
    pub fn of(s: &DealSummary) -> Target {
        Target { deal: s.deal.id, creator: s.creator.clone(), campaign: s.campaign.clone(), amount: s.deal.terms.fee }
    }
}

/// An action waiting for its typed part and its confirmation.
#[derive(Debug, Clone, PartialEq)]
pub enum Ask {
    /// Approve the draft version under review.
    Approve(Target, u32),
    /// Ask for changes to the draft under review, with notes.
    RequestChanges(Target, u32),
    /// Mark a payment paid, with the payout reference.
    MarkPaid(Target, PaymentId),
    /// Take the creator's counter-offer (the target's amount).
    AcceptCounter(Target, Money),
    /// Answer the counter-offer with the brand's fee.
    CounterBack(Target, Money),
    /// Decline the counter-offer; the offer stands.
    DeclineCounter(Target, Money),
    /// Verify the post at this link.
    VerifyPost(Target, String),
    /// Refuse the post at this link, with a reason.
    RefusePost(Target, String),
    /// Cancel the deal, with a reason, once what it does to the payments is known.
    CancelDeal(Target, Option<Vec<CancelLine>>),
}

/// The commands that act on one deal.
pub const DEAL_COMMANDS: [Command; 8] = [
    Command::Approve,
    Command::RequestChanges,
    Command::AcceptCounter,
    Command::CounterBack,
    Command::DeclineCounter,
    Command::VerifyPost,
    Command::RefusePost,
    Command::CancelDeal,
];

/// The deal commands its stage allows, in [`DEAL_COMMANDS`] order.
pub fn offered_for(s: &DealSummary) -> Vec<Command> {
    DEAL_COMMANDS.iter().copied().filter(|c| matches!(for_deal(*c, s), Action::Ask(_))).collect()
}

/// What a deal command means for this deal, or why it does nothing.
pub fn for_deal(command: Command, s: &DealSummary) -> Action {
    let d = &s.deal;
    let target = Target::of(s);
    let counter = d.counter_fee.filter(|_| d.stage == Stage::Negotiating);
    let post = d.post_url.clone().filter(|_| d.stage == Stage::Published);
    let ask = match (command, counter, post) {
        (Command::AcceptCounter, Some(c), _) => Ask::AcceptCounter(target, c),
        (Command::CounterBack, Some(c), _) => Ask::CounterBack(target, c),
        (Command::DeclineCounter, Some(c), _) => Ask::DeclineCounter(target, c),
        (Command::VerifyPost, _, Some(url)) => Ask::VerifyPost(target, url),
        (Command::RefusePost, _, Some(url)) => Ask::RefusePost(target, url),
        (Command::Approve, ..) if d.stage == Stage::InReview => Ask::Approve(target, d.draft_versions),
        (Command::RequestChanges, ..) if d.stage == Stage::InReview => Ask::RequestChanges(target, d.draft_versions),
        (Command::CancelDeal, ..) if d.stage.next(StageEvent::Cancel).is_ok() => Ask::CancelDeal(target, None),
        (c, ..) if DEAL_COMMANDS.contains(&c) => return Action::Refuse(Why::NotNow),
        _ => return Action::None,
    };
    Action::Ask(Box::new(ask))
}

/// A confirmation: what will be done, to what, and the operation that does it.
#[derive(Debug, Clone, PartialEq)]
pub struct Confirm {
    /// The action's name.
    pub title: String,
    /// `label: value` lines naming what it acts on.
    pub facts: Vec<(String, String)>,
    /// What runs on "yes".
    pub op: Op,
}

impl Ask {
    /// What it acts on.
    pub fn target(&self) -> &Target {
        match self {
            Ask::Approve(t, _)
            | Ask::RequestChanges(t, _)
            | Ask::MarkPaid(t, _)
            | Ask::AcceptCounter(t, _)
            | Ask::CounterBack(t, _)
            | Ask::DeclineCounter(t, _)
            | Ask::VerifyPost(t, _)
            | Ask::RefusePost(t, _)
            | Ask::CancelDeal(t, _) => t,
        }
    }

    /// The command it answers; its label is the action's name.
    pub fn command(&self) -> Command {
        match self {
            Ask::Approve(..) => Command::Approve,
            Ask::RequestChanges(..) => Command::RequestChanges,
            Ask::MarkPaid(..) => Command::MarkPaid,
            Ask::AcceptCounter(..) => Command::AcceptCounter,
            Ask::CounterBack(..) => Command::CounterBack,
            Ask::DeclineCounter(..) => Command::DeclineCounter,
            Ask::VerifyPost(..) => Command::VerifyPost,
            Ask::RefusePost(..) => Command::RefusePost,
            Ask::CancelDeal(..) => Command::CancelDeal,
        }
    }

    /// `label: value` lines naming the creator, the deal and the amounts.
    pub fn facts(&self, cx: &Cx) -> Vec<(String, String)> {
        let t = self.target();
        let mut facts = vec![
            (cx.t(Ui::ColCreator), t.creator.clone()),
            (cx.t(Ui::ScreenDeal), format!("#{} · {}", t.deal, t.campaign)),
        ];
        match self {
            Ask::Approve(_, v) | Ask::RequestChanges(_, v) => {
                facts.push((cx.t(Ui::ColFee), cx.money(t.amount)));
                facts.push((cx.t(Ui::ColVersion), format!("v{v}")));
            }
            Ask::MarkPaid(..) => facts.push((cx.w(Work::Amount), cx.money(t.amount))),
            Ask::AcceptCounter(_, c) | Ask::CounterBack(_, c) | Ask::DeclineCounter(_, c) => {
                facts.push((cx.w(Work::YourOffer), cx.money(t.amount)));
                facts.push((cx.w(Work::TheirCounter), cx.money(*c)));
            }
            Ask::VerifyPost(_, url) | Ask::RefusePost(_, url) => {
                facts.push((cx.t(Ui::ColFee), cx.money(t.amount)));
                facts.push((cx.w(Work::PostLink), url.clone()));
            }
            Ask::CancelDeal(_, preview) => {
                facts.push((cx.t(Ui::ColFee), cx.money(t.amount)));
                facts.push((cx.w(Work::CancelPayments), String::new()));
                match preview {
                    None => facts.push((String::new(), cx.t(Ui::Loading))),
                    Some(lines) if lines.is_empty() => facts.push((String::new(), cx.w(Work::NoPayments))),
                    Some(lines) => {
                        for l in lines {
                            let p = &l.payment;
                            let effect = cx.w(match l.effect {
                                CancelEffect::StaysPaid => Work::PayStaysPaid,
                                CancelEffect::Voided => Work::PayVoided,
                                CancelEffect::AlreadyCancelled => Work::PayAlreadyCancelled,
                            });
                            let what =
                                format!("  {} {}", cx.t(crate::views::payments::kind(p.kind)), cx.money(p.amount));
                            facts.push((what, effect));
                        }
                    }
                }
            }
        }
        facts
    }

    /// Takes what cancelling would do to the payments, if this asks to cancel that deal.
    pub fn preview(&mut self, preview: &CancelPreview) -> bool {
        match self {
            Ask::CancelDeal(t, lines) if t.deal == preview.deal => {
                *lines = Some(preview.payments.clone());
                true
            }
            _ => false,
        }
    }

    /// The form for what must be typed, or `None` when a confirmation is enough.
    pub fn form(&self, cx: &Cx) -> Option<Form> {
        let fields: Vec<(String, String, bool)> = match self {
            Ask::Approve(..) | Ask::AcceptCounter(..) | Ask::VerifyPost(..) => return None,
            Ask::RequestChanges(..) => vec![(cx.t(Ui::Notes), String::new(), true)],
            Ask::MarkPaid(..) => vec![(cx.t(Ui::Reference), String::new(), false)],
            Ask::CounterBack(t, c) => vec![
                (cx.w(Work::YourFee), midway(t.amount, *c).to_string(), false),
                (cx.w(Work::NoteOptional), String::new(), false),
            ],
            Ask::DeclineCounter(..) => vec![(cx.w(Work::NoteOptional), String::new(), false)],
            Ask::RefusePost(..) | Ask::CancelDeal(..) => vec![(cx.w(Work::ReasonCreator), String::new(), false)],
        };
        let mut form = Form::new(cx.label(self.command()), fields);
        form.intro = self.facts(cx);
        Some(form)
    }

    /// The operation and the facts to confirm, from the form's values; a value that
    /// cannot be used names its field and the reason.
    pub fn op(&self, form: Option<&Form>, cx: &Cx) -> Result<Confirm, (usize, String)> {
        let value = |i: usize| form.map_or("", |f| f.value(i)).to_string();
        let required = |i: usize| {
            let v = value(i);
            if v.is_empty() { Err((i, cx.w(Work::WhyRequired))) } else { Ok(v) }
        };
        let mut facts = self.facts(cx);
        let field = |i: usize| form.and_then(|f| f.fields.get(i)).map_or(String::new(), |f| f.label.clone());
        let id = self.target().deal;
        let op = match self {
            Ask::Approve(..) => Op::Approve(id),
            Ask::AcceptCounter(..) => Op::AcceptCounter(id),
            Ask::VerifyPost(..) => Op::VerifyPost(id),
            Ask::RequestChanges(..) => {
                let notes = form.and_then(|f| f.fields.first()).map_or(String::new(), |f| f.input.text.trim().into());
                facts.push((field(0), notes.clone()));
                Op::RequestChanges(id, notes)
            }
            Ask::MarkPaid(_, payment) => {
                let reference = required(0)?;
                facts.push((field(0), reference.clone()));
                Op::MarkPaid(*payment, reference)
            }
            Ask::CounterBack(t, _) => {
                let fee = Money::parse(&value(0)).map_err(|_| (0, cx.w(Work::WhyAmount)))?;
                if fee.currency != t.amount.currency || fee.minor <= 0 {
                    let currency = t.amount.currency.to_string();
                    return Err((0, cx.loc.work_wrong_currency(&currency, cx.lang)));
                }
                facts.push((field(0), cx.money(fee)));
                push_note(&mut facts, field(1), value(1));
                Op::CounterBack(id, fee, value(1))
            }
            Ask::DeclineCounter(..) => {
                push_note(&mut facts, field(0), value(0));
                Op::DeclineCounter(id, value(0))
            }
            Ask::RefusePost(..) => {
                let reason = required(0)?;
                facts.push((field(0), reason.clone()));
                Op::RefusePost(id, reason)
            }
            Ask::CancelDeal(_, None) => return Err((0, cx.w(Work::StillLoading))),
            Ask::CancelDeal(_, Some(_)) => {
                let reason = required(0)?;
                facts.push((field(0), reason.clone()));
                Op::CancelDeal(id, reason)
            }
        };
        Ok(Confirm { title: cx.label(self.command()), facts, op })
    }
}

fn push_note(facts: &mut Vec<(String, String)>, label: String, note: String) {
    if !note.is_empty() {
        facts.push((label, note));
    }
}

/// A first answer to a counter-offer: halfway between the offer and the counter, in the
/// currency's minor units.
fn midway(offer: Money, counter: Money) -> Money {
    if offer.currency != counter.currency {
        return offer;
    }
    Money::new(offer.minor + (counter.minor - offer.minor) / 2, offer.currency)
}
