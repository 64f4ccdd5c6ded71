//! Keys while an overlay is open: the palette, search, the forms, the confirmation of an
//! action and the "discard what you typed?" question, and what submitting each one asks for.

use crossterm::event::{KeyCode, KeyEvent};

use crate::dashboard::{Dashboard, Modal, Purpose};
use crate::forms;
use crate::input::{Edit, Form, TextInput};
use crate::keymap::Command;
use crate::request::{Op, Request};
use crate::views::ViewId;

impl Dashboard {
    pub(crate) fn modal_key(&mut self, modal: Modal, key: KeyEvent) -> Vec<Request> {
        match modal {
            Modal::Help => {
                // Any key closes help; the palette key opens the palette instead.
                if self.keys.command(&key) == Some(Command::Palette) {
                    self.modal = Some(Modal::Palette(TextInput::default(), 0));
                }
                Vec::new()
            }
            Modal::Palette(mut input, mut choice) => {
                let matches = crate::overlay::palette_matches(self, &input.text);
                match key.code {
                    KeyCode::Down => choice = (choice + 1).min(matches.len().saturating_sub(1)),
                    KeyCode::Up => choice = choice.saturating_sub(1),
                    _ => match input.key(&key) {
                        Edit::Cancel => return Vec::new(),
                        Edit::Submit => {
                            return matches.get(choice).map_or_else(Vec::new, |c| self.command(*c));
                        }
                        Edit::Editing => choice = 0,
                    },
                }
                self.modal = Some(Modal::Palette(input, choice));
                Vec::new()
            }
            Modal::Search(mut input) => match input.key(&key) {
                Edit::Cancel => Vec::new(),
                Edit::Submit => {
                    let text = Some(input.text.trim().to_string()).filter(|t| !t.is_empty());
                    match self.view {
                        ViewId::Pipeline if !self.deal_open => self.pipeline.search(text),
                        ViewId::Campaigns if !self.deal_open => self.campaign_view.search(text),
                        ViewId::Payments if !self.deal_open => self.payments.search(text),
                        _ => {
                            let mut q = self.creators.query.clone();
                            q.text = text;
                            self.view = ViewId::Creators;
                            self.deal_open = false;
                            let action = self.creators.search(q);
                            return self.act(action);
                        }
                    }
                    Vec::new()
                }
                Edit::Editing => {
                    self.modal = Some(Modal::Search(input));
                    Vec::new()
                }
            },
            Modal::Confirm(confirm) => match key.code {
                KeyCode::Char('y' | 'Y') | KeyCode::Enter => vec![Request::Do(confirm.op)],
                KeyCode::Char('n' | 'N') | KeyCode::Esc => Vec::new(),
                _ => {
                    self.modal = Some(Modal::Confirm(confirm));
                    Vec::new()
                }
            },
            Modal::Discard(under) => {
                match key.code {
                    KeyCode::Char('y' | 'Y') => {}
                    KeyCode::Char('n' | 'N') | KeyCode::Esc => self.modal = Some(*under),
                    _ => self.modal = Some(Modal::Discard(under)),
                }
                Vec::new()
            }
            Modal::Form(purpose, mut form) => {
                let submit = key.code == KeyCode::Enter && !form.focus_multiline();
                match if submit { Edit::Submit } else { form.key(&key) } {
                    // What was typed is not thrown away without asking.
                    Edit::Cancel if form.changed() => {
                        self.modal = Some(Modal::Discard(Box::new(Modal::Form(purpose, form))));
                        Vec::new()
                    }
                    Edit::Cancel => Vec::new(),
                    Edit::Editing => {
                        self.modal = Some(Modal::Form(purpose, form));
                        Vec::new()
                    }
                    Edit::Submit => self.submit(purpose, form),
                }
            }
            Modal::SaveDraft(file, input) => self.save_key(file, input, key),
        }
    }

    fn submit(&mut self, purpose: Purpose, mut form: Form) -> Vec<Request> {
        if let Purpose::Ask(ask) = &purpose {
            let cx = self.cx();
            match ask.op(Some(&form), &cx) {
                Ok(confirm) => self.modal = Some(Modal::Confirm(Box::new(confirm))),
                Err((field, why)) => {
                    form.error = Some((field, why));
                    form.focus = field;
                    self.modal = Some(Modal::Form(purpose, form));
                }
            }
            return Vec::new();
        }
        let result = match &purpose {
            Purpose::Offer => match self.creators.campaign() {
                Some(c) => forms::offer_terms(&form, c).map(|terms| {
                    let creators = self.creators.selected.iter().copied().collect();
                    vec![Request::Do(Op::MakeOffers(c.id, creators, Box::new(terms)))]
                }),
                None => Ok(Vec::new()),
            },
            Purpose::Filters => forms::filter_query(&form, &self.cx()).map(|q| {
                let action = self.creators.search(q);
                self.act(action)
            }),
            Purpose::Campaign(id) => {
                let base = id.and_then(|id| self.campaigns.iter().find(|c| c.campaign.id == id));
                forms::campaign_spec(&form, base.map(|c| &c.campaign.spec)).map(|spec| match id {
                    Some(id) => vec![Request::Do(Op::UpdateCampaign(*id, Box::new(spec)))],
                    None => vec![Request::Do(Op::CreateCampaign(Box::new(spec)))],
                })
            }
            Purpose::Ask(_) => Ok(Vec::new()),
        };
        match result {
            Ok(requests) => requests,
            Err((field, why)) => {
                form.error = Some((field, why.text(&self.cx())));
                form.focus = field;
                self.modal = Some(Modal::Form(purpose, form));
                Vec::new()
            }
        }
    }
}
