"""Reads the instance's trusted token issuers and applications with boto3 (botocore's own model
and paginators), every ARN and ID turned into a name, and prints them as one JSON document in the
shape co.pump.icm.testing.AwsApplications documents. A member account (a delegated administrator)
lists the applications of its own account, as AWS requires."""
import json
import os
import sys

import boto3

session = boto3.session.Session()
client = session.client("sso-admin", endpoint_url=os.environ["SANDBOX_ENDPOINT"])
store = session.client("identitystore", endpoint_url=os.environ["SANDBOX_ENDPOINT"])
account = session.client("sts", endpoint_url=os.environ["SANDBOX_ENDPOINT"]).get_caller_identity()["Account"]


def pages(operation, key, **kwargs):
    items = []
    for page in client.get_paginator(operation).paginate(**kwargs):
        items.extend(page.get(key, []))
    return items


def put(node, field, value):
    if value is not None:
        node[field] = value


def tags(instance_arn, arn):
    return {t["Key"]: t["Value"] for t in pages("list_tags_for_resource", "Tags", InstanceArn=instance_arn,
                                                ResourceArn=arn)}


instance = client.list_instances()["Instances"][0]
arn = instance["InstanceArn"]
out = {"issuers": {}, "applications": {}}
issuer_names = {}
for listed in pages("list_trusted_token_issuers", "TrustedTokenIssuers", InstanceArn=arn):
    d = client.describe_trusted_token_issuer(TrustedTokenIssuerArn=listed["TrustedTokenIssuerArn"])
    oidc = d["TrustedTokenIssuerConfiguration"]["OidcJwtConfiguration"]
    issuer_names[d["TrustedTokenIssuerArn"]] = d["Name"]
    out["issuers"][d["Name"]] = {"type": d["TrustedTokenIssuerType"], "issuerUrl": oidc["IssuerUrl"],
                                 "claimAttributePath": oidc["ClaimAttributePath"],
                                 "identityStoreAttributePath": oidc["IdentityStoreAttributePath"],
                                 "jwksRetrievalOption": oidc["JwksRetrievalOption"],
                                 "tags": tags(arn, d["TrustedTokenIssuerArn"])}

kwargs = {"InstanceArn": arn}
if account != instance.get("OwnerAccountId"):
    kwargs["Filter"] = {"ApplicationAccount": account}
listed = pages("list_applications", "Applications", **kwargs)
app_names = {a["ApplicationArn"]: a["Name"] for a in listed}
for a in listed:
    app = a["ApplicationArn"]
    d = client.describe_application(ApplicationArn=app)
    node = {}
    put(node, "provider", d.get("ApplicationProviderArn"))
    put(node, "description", d.get("Description"))
    put(node, "status", d.get("Status"))
    portal = d.get("PortalOptions", {})
    sign_in = portal.get("SignInOptions", {})
    put(node, "visibility", portal.get("Visibility"))
    put(node, "signInOrigin", sign_in.get("Origin"))
    put(node, "signInUrl", sign_in.get("ApplicationUrl"))
    node["tags"] = tags(arn, app)
    node["assignmentRequired"] = client.get_application_assignment_configuration(
        ApplicationArn=app)["AssignmentRequired"]
    grants = {}
    for g in pages("list_application_grants", "Grants", ApplicationArn=app):
        grant = g["Grant"]
        if "AuthorizationCode" in grant:
            grants[g["GrantType"]] = {"redirectUris": grant["AuthorizationCode"]["RedirectUris"]}
        elif "JwtBearer" in grant:
            grants[g["GrantType"]] = {"trusts": {
                issuer_names.get(i["TrustedTokenIssuerArn"], i["TrustedTokenIssuerArn"]): i.get("AuthorizedAudiences", [])
                for i in grant["JwtBearer"]["AuthorizedTokenIssuers"]}}
        else:
            grants[g["GrantType"]] = {}
    node["grants"] = grants
    node["scopes"] = {s["Scope"]: sorted("(instance)" if t == arn else app_names.get(t, t)
                                         for t in s.get("AuthorizedTargets", []))
                      for s in pages("list_application_access_scopes", "Scopes", ApplicationArn=app)}
    for m in pages("list_application_authentication_methods", "AuthenticationMethods", ApplicationArn=app):
        node["actorPolicy"] = m["AuthenticationMethod"]["Iam"]["ActorPolicy"]
    put(node, "userBackgroundSessions", client.get_application_session_configuration(
        ApplicationArn=app).get("UserBackgroundSessionApplicationStatus"))
    assignees = []
    for x in pages("list_application_assignments", "ApplicationAssignments", ApplicationArn=app):
        if x["PrincipalType"] == "GROUP":
            name = store.describe_group(IdentityStoreId=instance["IdentityStoreId"], GroupId=x["PrincipalId"])["DisplayName"]
        else:
            name = store.describe_user(IdentityStoreId=instance["IdentityStoreId"], UserId=x["PrincipalId"])["UserName"]
        assignees.append(x["PrincipalType"] + " " + name)
    node["assignees"] = sorted(assignees)
    out["applications"][d["Name"]] = node
json.dump(out, sys.stdout)
