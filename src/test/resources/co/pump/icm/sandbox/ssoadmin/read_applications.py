"""Reads every application and trusted token issuer of the instance with boto3, the way a backup
tool does (paginators for every list), tries what AWS refuses, and prints one JSON document."""
import json
import os
import sys

import boto3
from botocore.exceptions import ClientError

client = boto3.client("sso-admin", endpoint_url=os.environ["SANDBOX_ENDPOINT"],
                      region_name=os.environ["AWS_DEFAULT_REGION"])


def pages(operation, key, **kwargs):
    items = []
    for page in client.get_paginator(operation).paginate(**kwargs):
        items.extend(page.get(key, []))
    return items


def refusal(call, **kwargs):
    try:
        call(**kwargs)
    except ClientError as e:
        return {"code": e.response["Error"]["Code"], "message": e.response["Error"]["Message"]}
    return None


instance = client.list_instances()["Instances"][0]
arn = instance["InstanceArn"]
out = {"applications": [], "issuers": []}
for app in pages("list_applications", "Applications", InstanceArn=arn, PaginationConfig={"PageSize": 2}):
    a = app["ApplicationArn"]
    described = client.describe_application(ApplicationArn=a)
    out["applications"].append({
        "name": described["Name"],
        "provider": described["ApplicationProviderArn"],
        "account": described["ApplicationAccount"],
        "created": described["CreatedDate"].isoformat(),
        "assignments": [x["PrincipalType"] for x in pages("list_application_assignments", "ApplicationAssignments",
                                                          ApplicationArn=a, PaginationConfig={"PageSize": 1})],
        "assignmentRequired": client.get_application_assignment_configuration(ApplicationArn=a)["AssignmentRequired"],
        "grants": {g["GrantType"]: g["Grant"] for g in pages("list_application_grants", "Grants", ApplicationArn=a)},
        "scopes": {s["Scope"]: s.get("AuthorizedTargets", [])
                   for s in pages("list_application_access_scopes", "Scopes", ApplicationArn=a)},
        "methods": [m["AuthenticationMethod"]["Iam"]["ActorPolicy"]
                    for m in pages("list_application_authentication_methods", "AuthenticationMethods",
                                   ApplicationArn=a)],
        "sessions": client.get_application_session_configuration(ApplicationArn=a)[
            "UserBackgroundSessionApplicationStatus"],
        "arn": a,
    })
for issuer in pages("list_trusted_token_issuers", "TrustedTokenIssuers", InstanceArn=arn):
    d = client.describe_trusted_token_issuer(TrustedTokenIssuerArn=issuer["TrustedTokenIssuerArn"])
    out["issuers"].append({"name": d["Name"], "arn": d["TrustedTokenIssuerArn"],
                           "url": d["TrustedTokenIssuerConfiguration"]["OidcJwtConfiguration"]["IssuerUrl"]})

saml = next(a["arn"] for a in out["applications"] if a["provider"].endswith("/custom-saml"))
out["refusals"] = {
    "createSaml": refusal(client.create_application, InstanceArn=arn, Name="Console-only",
                          ApplicationProviderArn="arn:aws:sso::aws:applicationProvider/custom-saml"),
    "samlConfiguration": refusal(client.put_application_assignment_configuration, ApplicationArn=saml,
                                 AssignmentRequired=False),
    "twentySixthScope": None,
}
created = client.create_application(InstanceArn=arn, Name="From-boto3",
                                    ApplicationProviderArn="arn:aws:sso::aws:applicationProvider/custom")
for i in range(25):
    client.put_application_access_scope(ApplicationArn=created["ApplicationArn"], Scope="scope%d" % i)
out["refusals"]["twentySixthScope"] = refusal(client.put_application_access_scope,
                                          ApplicationArn=created["ApplicationArn"], Scope="one_more")
out["created"] = created["ApplicationArn"]
json.dump(out, sys.stdout)
