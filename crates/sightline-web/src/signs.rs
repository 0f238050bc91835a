//! The public "Spot the signs" pages: what modern slavery is, its five forms, the signs to
//! look for and what to do. No sign-in, no data, no JavaScript; the words live in the
//! templates under `templates/public/` so they can be edited without touching this file.

use askama::Template;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use axum::Router;

use crate::error::PageError;
use crate::AppState;

/// One form of modern slavery, as its card on the overview and its link elsewhere.
struct Form {
    slug: &'static str,
    href: &'static str,
    title: &'static str,
    summary: &'static str,
}

/// The five forms, in the order the overview lists them.
const FORMS: &[Form] = &[
    Form {
        slug: "labour",
        href: "/signs/labour",
        title: "Labour exploitation",
        summary: "People forced to work for little or no pay, for example in car washes, nail bars, farms, factories, building sites and hotels.",
    },
    Form {
        slug: "sexual",
        href: "/signs/sexual",
        title: "Sexual exploitation",
        summary: "People forced into sex or sexual acts, often in brothels, flats and hotels, and advertised online.",
    },
    Form {
        slug: "criminal",
        href: "/signs/criminal",
        title: "Criminal exploitation and county lines",
        summary: "People, often children, forced to commit crime, such as moving drugs, growing cannabis, begging or stealing.",
    },
    Form {
        slug: "domestic-servitude",
        href: "/signs/domestic-servitude",
        title: "Domestic servitude",
        summary: "People forced to cook, clean or care for children in a private home, and not allowed to leave.",
    },
    Form {
        slug: "organ-harvesting",
        href: "/signs/organ-harvesting",
        title: "Organ harvesting",
        summary: "People forced or tricked into giving up an organ, such as a kidney, so that others can sell it.",
    },
];

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/signs", get(overview))
        // A fixed segment wins over `{form}`, so this is never taken for a form.
        .route("/signs/what-to-do", get(what_to_do))
        .route("/signs/{form}", get(form))
}

type PageResult = Result<Response, PageError>;

fn render<T: Template>(status: StatusCode, t: &T) -> PageResult {
    Ok((status, Html(t.render()?)).into_response())
}

#[derive(Template)]
#[template(path = "public/signs.html")]
struct Overview {
    path: &'static str,
    forms: &'static [Form],
}

async fn overview() -> PageResult {
    render(
        StatusCode::OK,
        &Overview {
            path: "/signs",
            forms: FORMS,
        },
    )
}

#[derive(Template)]
#[template(path = "public/what_to_do.html")]
struct WhatToDo {
    path: &'static str,
    crumb: &'static str,
    forms: &'static [Form],
}

async fn what_to_do() -> PageResult {
    render(
        StatusCode::OK,
        &WhatToDo {
            path: "/signs/what-to-do",
            crumb: "What to do",
            forms: FORMS,
        },
    )
}

// One template per form, so each page's words can differ in shape as well as content.
// Every form page gets the same fields: the current path (for the breadcrumb and to leave
// itself out of "Other types"), its title for the breadcrumb, and the list of forms.

#[derive(Template)]
#[template(path = "public/labour.html")]
struct Labour {
    path: &'static str,
    crumb: &'static str,
    forms: &'static [Form],
}

#[derive(Template)]
#[template(path = "public/sexual.html")]
struct Sexual {
    path: &'static str,
    crumb: &'static str,
    forms: &'static [Form],
}

#[derive(Template)]
#[template(path = "public/criminal.html")]
struct Criminal {
    path: &'static str,
    crumb: &'static str,
    forms: &'static [Form],
}

#[derive(Template)]
#[template(path = "public/domestic_servitude.html")]
struct DomesticServitude {
    path: &'static str,
    crumb: &'static str,
    forms: &'static [Form],
}

#[derive(Template)]
#[template(path = "public/organ_harvesting.html")]
struct OrganHarvesting {
    path: &'static str,
    crumb: &'static str,
    forms: &'static [Form],
}

#[derive(Template)]
#[template(path = "public/not_found.html")]
struct NotFound {
    path: &'static str,
}

async fn form(Path(slug): Path<String>) -> PageResult {
    let Some(f) = FORMS.iter().find(|f| f.slug == slug) else {
        return render(StatusCode::NOT_FOUND, &NotFound { path: "" });
    };
    let (path, crumb, forms) = (f.href, f.title, FORMS);
    match f.slug {
        "labour" => render(StatusCode::OK, &Labour { path, crumb, forms }),
        "sexual" => render(StatusCode::OK, &Sexual { path, crumb, forms }),
        "criminal" => render(StatusCode::OK, &Criminal { path, crumb, forms }),
        "domestic-servitude" => render(StatusCode::OK, &DomesticServitude { path, crumb, forms }),
        "organ-harvesting" => render(StatusCode::OK, &OrganHarvesting { path, crumb, forms }),
        _ => render(StatusCode::NOT_FOUND, &NotFound { path: "" }),
    }
}
