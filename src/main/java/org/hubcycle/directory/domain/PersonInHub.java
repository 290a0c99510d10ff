package org.hubcycle.directory.domain;

/** A person's id and their hub's, and nothing else: what the nightly erasure counts per hub. */
public record PersonInHub(long id, long hubId) {}
