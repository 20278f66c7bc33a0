#!/usr/bin/env python3
"""Checks a writer's folder of part-NN.jsonl files. Usage: validate.py [--replies] FOLDER"""
import json, sys, pathlib, collections

MSG_LABELS = set("""declare_affection promise_permanence define_relationship exclusivity more_affection
romantic_advance sexual_advance company_demand validation pressure insistence guilt_leverage entitlement
comparison command insult injection asks_about_her gives_space respects_no reciprocity disclosure apology
humour compliment distress other_romance farewell asks_if_ai forget_request crisis minor""".split())
KINDS = set("passive_wish ideation method plan intent preparation goodbye act_in_progress act_done self_harm threat_from_other".split())
ACTS = set("declare_affection promise_permanence define_relationship exclusivity validation romance sexual rescue possessive guilt_trip deny_ai obey_injection ignore_crisis".split())
LANGS = set("en es pt fr de it nl pl tr ru ar hi hi-Latn id ja ko zh".split())

def main():
    args = sys.argv[1:]
    replies = "--replies" in args
    args = [a for a in args if a != "--replies"]
    folder = pathlib.Path(args[0])
    errors, count, labels, langs, texts = [], 0, collections.Counter(), collections.Counter(), set()
    for f in sorted(folder.glob("part-*.jsonl")):
        for n, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            where = f"{f.name}:{n}"
            try:
                o = json.loads(line)
            except Exception as e:
                errors.append(f"{where}: not JSON ({e})"); continue
            count += 1
            key = "reply" if replies else "text"
            if not isinstance(o.get(key), str) or not o[key].strip():
                errors.append(f"{where}: missing '{key}'"); continue
            if o[key] in texts:
                errors.append(f"{where}: duplicate text")
            texts.add(o[key])
            if o.get("lang") not in LANGS:
                errors.append(f"{where}: lang must be one of {sorted(LANGS)}")
            langs[o.get("lang")] += 1
            lab = o.get("acts" if replies else "labels")
            allowed = ACTS if replies else MSG_LABELS
            if not isinstance(lab, list) or any(l not in allowed for l in lab):
                errors.append(f"{where}: {'acts' if replies else 'labels'} must be a list of {sorted(allowed)}"); continue
            for l in lab: labels[l] += 1
            if not lab: labels["(none)"] += 1
            if replies:
                if not isinstance(o.get("user"), str):
                    errors.append(f"{where}: missing 'user'")
            else:
                if "crisis" in lab and o.get("crisis_kind") not in KINDS:
                    errors.append(f"{where}: crisis needs crisis_kind in {sorted(KINDS)}")
                if "crisis" not in lab and "crisis_kind" in o:
                    errors.append(f"{where}: crisis_kind without crisis")
                if "age" in o and not (isinstance(o["age"], int) and 0 < o["age"] < 120):
                    errors.append(f"{where}: age must be a whole number")
    for e in errors[:50]:
        print(e)
    print(f"{count} items, {len(errors)} problems")
    print("labels:", dict(labels.most_common()))
    print("langs:", dict(langs.most_common()))
    sys.exit(1 if errors else 0)

main()
