"""XenAPI failures: a code and string parameters, exactly as they travel in ErrorDescription."""

from __future__ import annotations


class ApiError(Exception):
    """A XenAPI failure such as HANDLE_INVALID [class, ref]."""

    def __init__(self, code: str, *params: object) -> None:
        self.code = code
        self.params = [str(param) for param in params]
        super().__init__(code, *self.params)

    @property
    def description(self) -> list[str]:
        return [self.code, *self.params]

    def __str__(self) -> str:
        return f"{self.code} {self.params}"


# The codes the server itself raises, named once so typos become NameErrors.
SESSION_AUTHENTICATION_FAILED = "SESSION_AUTHENTICATION_FAILED"
SESSION_INVALID = "SESSION_INVALID"
SESSION_NOT_REGISTERED = "SESSION_NOT_REGISTERED"
MESSAGE_METHOD_UNKNOWN = "MESSAGE_METHOD_UNKNOWN"
MESSAGE_PARAMETER_COUNT_MISMATCH = "MESSAGE_PARAMETER_COUNT_MISMATCH"
MESSAGE_REMOVED = "MESSAGE_REMOVED"
HANDLE_INVALID = "HANDLE_INVALID"
UUID_INVALID = "UUID_INVALID"
INTERNAL_ERROR = "INTERNAL_ERROR"
NOT_IMPLEMENTED = "NOT_IMPLEMENTED"
FIELD_TYPE_ERROR = "FIELD_TYPE_ERROR"
INVALID_VALUE = "INVALID_VALUE"
MAP_DUPLICATE_KEY = "MAP_DUPLICATE_KEY"
EVENTS_LOST = "EVENTS_LOST"
EVENT_FROM_TOKEN_PARSE_FAILURE = "EVENT_FROM_TOKEN_PARSE_FAILURE"
EVENT_SUBSCRIPTION_PARSE_FAILURE = "EVENT_SUBSCRIPTION_PARSE_FAILURE"
TASK_CANCELLED = "TASK_CANCELLED"
OPERATION_NOT_ALLOWED = "OPERATION_NOT_ALLOWED"
OTHER_OPERATION_IN_PROGRESS = "OTHER_OPERATION_IN_PROGRESS"
VM_BAD_POWER_STATE = "VM_BAD_POWER_STATE"
XENAPI_PLUGIN_FAILURE = "XENAPI_PLUGIN_FAILURE"
