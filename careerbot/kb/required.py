"""Ids that the bot's code looks up by name. Staff may edit these entries but not rename or
delete them: `careerbot kb check` refuses a knowledge base without them, naming file and line."""
from typing import Dict, Tuple

# dual_enrollment.yml topics
DE_WHAT_IS = "what-is"
DE_VS_AP = "vs-ap"
DE_COST = "cost"
DE_MIDDLE_SCHOOL = "middle-school"
# framework.yml concepts
FRAMEWORK_WHAT_IS = "what-is-framework"
FRAMEWORK_COUNTS = "counts"
FRAMEWORK_CLUSTER = "cluster"
FRAMEWORK_CROSS_CUTTING = "cross-cutting"

REQUIRED_IDS: Dict[str, Tuple[str, ...]] = {
    "dual_enrollment_topic": (DE_WHAT_IS, DE_VS_AP, DE_COST, DE_MIDDLE_SCHOOL),
    "framework_concept": (FRAMEWORK_WHAT_IS, FRAMEWORK_COUNTS, FRAMEWORK_CLUSTER, FRAMEWORK_CROSS_CUTTING),
}
