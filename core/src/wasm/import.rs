//! The importer's export: `importDirectory`.

use serde::Serialize;
use wasm_bindgen::prelude::*;

use super::{error_list, to_js};

/// One file given to `importDirectory`.
struct FileIn {
    name: String,
    text: String,
}

/// The files given to `importDirectory`: a list of `{name, text}` objects (strings both, no
/// other field), or why it is not one. Read with `Reflect` rather than a serde deserializer,
/// which would bring its error messages' float formatting (about 5 KB) into the module.
fn files_of(files: &JsValue) -> Result<Vec<FileIn>, String> {
    if !js_sys::Array::is_array(files) {
        return Err("not a list".into());
    }
    let mut out = Vec::new();
    for (i, item) in js_sys::Array::from(files).iter().enumerate() {
        let object = item
            .dyn_ref::<js_sys::Object>()
            .filter(|_| !js_sys::Array::is_array(&item))
            .ok_or_else(|| format!("item {i} is not an object"))?;
        for key in js_sys::Object::keys(object).iter() {
            let key = key.as_string().unwrap_or_default();
            if key != "name" && key != "text" {
                return Err(format!("item {i} has an unknown field `{key}`"));
            }
        }
        let field = |name: &str| {
            js_sys::Reflect::get(object, &name.into())
                .ok()
                .and_then(|v| v.as_string())
                .ok_or_else(|| format!("item {i} has no `{name}` string"))
        };
        out.push(FileIn {
            name: field("name")?,
            text: field("text")?,
        });
    }
    Ok(out)
}

/// `importDirectory(files, format?, scimEmail?, ssoEmail?) -> { directory, warnings, formats }`:
/// the directory exports read and merged as `provplan import` does (R26: the attributes that
/// give the address SCIM provisions and the one SSO sends); their problems are thrown as an
/// `Error` named `ImportError` whose `errors` lists `{file, line, column, message}`.
#[wasm_bindgen(js_name = importDirectory, skip_typescript)]
pub fn import_directory_js(
    files: JsValue,
    format: JsValue,
    scim_email: JsValue,
    sso_email: JsValue,
) -> Result<JsValue, JsValue> {
    use crate::import::{
        Attribute, Format, ImportError, ImportErrors, Options, Pos, SourceFile, import_with,
    };
    let import_error = |errors: &ImportErrors| {
        let json = serde_json::to_string(errors).unwrap_or_default();
        error_list("ImportError", &errors.lines(), &json)
    };
    let known = || {
        Format::ALL
            .iter()
            .map(|f| f.id())
            .collect::<Vec<_>>()
            .join(", ")
    };
    // Any JavaScript value may come: only a string (or nothing) is a format.
    let format = if format.is_undefined() || format.is_null() {
        None
    } else {
        match format.as_string() {
            Some(id) => Some(id),
            None => {
                let message = format!("options.format must be a string, one of {}", known());
                return Err(import_error(
                    &ImportError::new("", Pos::START, message).into(),
                ));
            }
        }
    };
    // R26: an attribute by name, or `None` when not given.
    let attribute = |value: &JsValue, option: &str| -> Result<Option<Attribute>, JsValue> {
        if value.is_undefined() || value.is_null() {
            return Ok(None);
        }
        let name = value.as_string().unwrap_or_default();
        Attribute::from_id(&name).map(Some).ok_or_else(|| {
            let known: Vec<&str> = Attribute::ALL.iter().map(|a| a.id()).collect();
            let message = format!(
                "options.{option}: unknown attribute `{name}`; expected one of {}",
                known.join(", ")
            );
            import_error(&ImportError::new("", Pos::START, message).into())
        })
    };
    let scim_email = attribute(&scim_email, "scimEmail")?;
    let sso_email = attribute(&sso_email, "ssoEmail")?;
    let files = files_of(&files).map_err(|e| {
        import_error(
            &ImportError::new(
                "",
                Pos::START,
                format!("expected a list of {{name, text}}: {e}"),
            )
            .into(),
        )
    })?;
    let format = match format.as_deref() {
        None => None,
        Some(id) => Some(Format::from_id(id).ok_or_else(|| {
            import_error(
                &ImportError::new(
                    "",
                    Pos::START,
                    format!("unknown format `{id}`; expected one of {}", known()),
                )
                .into(),
            )
        })?),
    };
    let sources: Vec<SourceFile<'_>> = files
        .iter()
        .map(|f| SourceFile {
            name: &f.name,
            text: &f.text,
        })
        .collect();
    let options = Options {
        format,
        scim_email,
        sso_email,
        ..Options::default()
    };
    let imported = import_with(&sources, options).map_err(|e| import_error(&e))?;
    #[derive(Serialize)]
    struct Out<'a> {
        directory: &'a crate::doc::DirectoryDoc,
        warnings: &'a [crate::import::ImportWarning],
        formats: Vec<&'static str>,
    }
    to_js(&Out {
        directory: &imported.directory,
        warnings: &imported.warnings,
        formats: imported.formats.iter().map(|f| f.id()).collect(),
    })
}
