//! The code a new entry should take: the lowest one neither used nor retired, within a group's
//! ranges, or the one after the highest.

use chat_errors_codegen::{Catalog, Code, CodeType};

/// The next free code of `catalog`, within the ranges of `group` when one is named (in the order
/// the ranges are written); for a group without ranges, or no group, the code after the highest
/// one taken (by its entries, or every entry and retired code). `Err` says why there is none.
pub fn next_code(catalog: &Catalog, group: Option<&str>) -> Result<i128, String> {
    let CodeType::Int(int) = catalog.code_type else {
        return Err("next-code is for catalogs of integer codes; this one has string codes".into());
    };
    let mut taken: Vec<i128> = catalog
        .entries
        .iter()
        .map(|entry| &entry.code)
        .chain(catalog.retired.iter().map(|retired| &retired.code))
        .filter_map(|code| match code {
            Code::Int(code) => Some(*code),
            Code::Str(_) => None,
        })
        .collect();
    taken.sort_unstable();
    let free = |code: &i128| taken.binary_search(code).is_err();
    let (_, max) = int.range();
    let after = |highest: Option<i128>| -> Result<i128, String> {
        let next = highest.map_or(Ok(0), |highest| {
            highest
                .checked_add(1)
                .filter(|next| *next <= max)
                .ok_or_else(|| {
                    format!(
                        "the highest code is {highest}, the largest {} holds",
                        int.name()
                    )
                })
        })?;
        Ok(next)
    };
    let Some(name) = group else {
        return after(taken.last().copied());
    };
    let Some(index) = catalog.groups.iter().position(|each| each.name == name) else {
        let names: Vec<&str> = catalog
            .groups
            .iter()
            .map(|group| group.name.as_str())
            .collect();
        return Err(if names.is_empty() {
            format!("the catalog has no groups, so no group `{name}`")
        } else {
            format!("no group `{name}`: the groups are {}", names.join(", "))
        });
    };
    let group = &catalog.groups[index];
    if group.ranges.is_empty() {
        let highest = catalog
            .members(index)
            .filter_map(|entry| match entry.code {
                Code::Int(code) => Some(code),
                Code::Str(_) => None,
            })
            .max();
        let mut next = after(highest)?;
        while !free(&next) {
            next = after(Some(next))?;
        }
        return Ok(next);
    }
    group
        .ranges
        .iter()
        .find_map(|&(low, high)| (low..=high).find(free))
        .ok_or_else(|| {
            format!(
                "every code the group `{name}` owns ({}) is taken: widen its range",
                group.owned().unwrap_or_default()
            )
        })
}
