// The design system. Server-component friendly: none of these needs "use client".
export { Alert, Notice, type AlertProps, type AlertTone } from "@/components/ui/alert";
export { Button, buttonClasses, type ButtonProps, type ButtonSize, type ButtonVariant, type LinkButtonProps } from "@/components/ui/button";
export { Card, type CardProps } from "@/components/ui/card";
export { Checkbox, type CheckboxProps } from "@/components/ui/checkbox";
export { Container, type ContainerProps } from "@/components/ui/container";
export { cx } from "@/components/ui/cx";
export { EmptyState, type EmptyStateProps } from "@/components/ui/empty-state";
export { controlClasses, describedBy, Field, FieldMessages, type ControlProps, type FieldProps } from "@/components/ui/field";
export { PageHeader, type PageHeaderProps } from "@/components/ui/page-header";
export { RadioGroup, type RadioGroupProps, type RadioOption } from "@/components/ui/radio-group";
export { Select, type SelectOption, type SelectProps } from "@/components/ui/select";
export { StatusBadge, type Tone } from "@/components/ui/status-badge";
export { Table, TBody, Td, Th, THead, Tr, type TableProps } from "@/components/ui/table";
export { TextArea, type TextAreaProps } from "@/components/ui/text-area";
export { TextInput, type TextInputProps } from "@/components/ui/text-input";
export { Timeline, type TimelineItem, type TimelineProps } from "@/components/ui/timeline";
