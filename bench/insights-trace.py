#!/usr/bin/env python3
"""Figures against their lists on the national dataset (issue 16 point 5), against a running Hubcycle:

    BASE=http://localhost:8080 EMAIL=national@national.test PASSWORD=national-bench PICKS=40 \\
        python3 bench/insights-trace.py

Signs in, reads the engagement and pathway figures as JSON for England and for hubs picked at random,
picks figures at random (a breakdown's group, a stage, a Development cohort), downloads the list each
figure links to as CSV and counts its rows. Prints every pick and exits 1 if any list disagrees.
Standard library only; the seed (SEED, default 2026) makes the picks repeatable.
"""
import csv
import http.cookiejar
import io
import json
import os
import random
import re
import sys
import urllib.parse
import urllib.request

base = os.environ.get("BASE", "http://localhost:8080")
picks = int(os.environ.get("PICKS", "40"))
rng = random.Random(int(os.environ.get("SEED", "2026")))
jar = http.cookiejar.CookieJar()
web = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))


def get(path, accept="text/html"):
    request = urllib.request.Request(base + path, headers={"Accept": accept})
    with web.open(request, timeout=60) as response:
        return response.read().decode("utf-8-sig")


def slug(year):
    """An academic year as the API writes it ({"startYear": 2025}) in the form addresses use: 2025-26."""
    start = year["startYear"] if isinstance(year, dict) else int(str(year)[:4])
    return f"{start}-{(start + 1) % 100:02d}"


def rows(path, **query):
    body = get(path + "?" + urllib.parse.urlencode({k: v for k, v in query.items() if v is not None}), "text/csv")
    return len(list(csv.reader(io.StringIO(body)))) - 1


login = get("/login")
token = re.search(r'name="_csrf" value="([^"]+)"', login).group(1)
web.open(base + "/login", urllib.parse.urlencode({
    "username": os.environ.get("EMAIL", "national@national.test"),
    "password": os.environ.get("PASSWORD", "national-bench"),
    "_csrf": token}).encode())
hubs = re.findall(r'href="/insights\?year=[^&"]+&amp;hub=([a-z0-9-]+)"', get("/insights/hubs"))
if not hubs:
    sys.exit("no hubs found: sign in as the national admin")
year = os.environ.get("YEAR")
if not year:
    year = slug(json.loads(get("/api/v1/insights/engagement", "application/json"))["year"])
print(f"# {len(hubs)} hubs, year {year}, {picks} picks")

wrong = 0
for i in range(picks):
    hub = rng.choice(hubs + [None])
    who = hub or "England"
    if i % 2 == 0:
        figures = json.loads(get("/api/v1/insights/engagement?" + urllib.parse.urlencode(
            {k: v for k, v in {"year": year, "hub": hub}.items() if v}), "application/json"))
        breakdown = rng.choice(figures["breakdowns"])
        row = rng.choice(breakdown["rows"])
        cell = row["hub"] if hub else row["england"]
        engaged = rows("/insights/schools.csv", year=year, hub=hub, by=breakdown["key"], group=row["group"],
                       engaged="true")
        schools = rows("/insights/schools.csv", year=year, hub=hub, by=breakdown["key"], group=row["group"])
        ok = engaged == cell["engaged"] and schools == cell["schools"]
        print(f"{'ok ' if ok else 'BAD'} engagement {who} {breakdown['key']}={row['group']}: "
              f"{cell['engaged']} of {cell['schools']}, lists {engaged} and {schools}")
    else:
        figures = json.loads(get("/api/v1/insights/pathway?" + urllib.parse.urlencode(
            {k: v for k, v in {"year": year, "hub": hub}.items() if v}), "application/json"))
        pathway = rng.choice(figures["pathways"])
        if rng.random() < 0.5:
            stage = rng.choice(pathway["stages"])
            key, figure = stage["key"], (stage["hub"] if hub else stage["england"])["count"]
        else:
            cohort = rng.choice(pathway["cohorts"])
            kind = rng.choice(["cohort", "later"])
            part = {"cohort": ("hub", "england"), "later": ("hubLater", "englandLater")}[kind]
            key, figure = f"{kind}-{slug(cohort['year'])}", cohort[part[0] if hub else part[1]]["count"]
        listed = rows("/insights/pathway/schools.csv", year=year, hub=hub, pathway=pathway["key"], key=key)
        ok = listed == figure
        print(f"{'ok ' if ok else 'BAD'} pathway {who} {pathway['key']} {key}: {figure}, list {listed}")
    wrong += 0 if ok else 1
print(f"# {picks - wrong} of {picks} figures agree with their lists")
sys.exit(1 if wrong else 0)
